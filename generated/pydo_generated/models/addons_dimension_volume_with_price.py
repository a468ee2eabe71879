from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddonsDimensionVolumeWithPrice")


@_attrs_define
class AddonsDimensionVolumeWithPrice:
    """
    Attributes:
        id (int): Unique identifier for the addon. Example: 123.
        low_volume (int): The minimum volume for the volume pricing tier. Example: 1.
        max_volume (int): The maximum volume for the volume pricing tier. Example: 100.
        price_per_unit (str): The price per unit for the volume tier in US dollars. Example: 0.10.
    """

    id: int
    low_volume: int
    max_volume: int
    price_per_unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        low_volume = self.low_volume

        max_volume = self.max_volume

        price_per_unit = self.price_per_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "low_volume": low_volume,
                "max_volume": max_volume,
                "price_per_unit": price_per_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        low_volume = d.pop("low_volume")

        max_volume = d.pop("max_volume")

        price_per_unit = d.pop("price_per_unit")

        addons_dimension_volume_with_price = cls(
            id=id,
            low_volume=low_volume,
            max_volume=max_volume,
            price_per_unit=price_per_unit,
        )

        addons_dimension_volume_with_price.additional_properties = d
        return addons_dimension_volume_with_price

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
