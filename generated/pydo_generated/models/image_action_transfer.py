from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_action_base_type import ImageActionBaseType
from ..models.region_slug import RegionSlug

T = TypeVar("T", bound="ImageActionTransfer")


@_attrs_define
class ImageActionTransfer:
    """
    Attributes:
        type_ (ImageActionBaseType): The action to be taken on the image. Can be either `convert` or `transfer`.
            Example: convert.
        region (RegionSlug): The slug identifier for the region where the resource will initially be  available.
            Example: nyc3.
    """

    type_: ImageActionBaseType
    region: RegionSlug
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        region = self.region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "region": region,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ImageActionBaseType(d.pop("type"))

        region = RegionSlug(d.pop("region"))

        image_action_transfer = cls(
            type_=type_,
            region=region,
        )

        image_action_transfer.additional_properties = d
        return image_action_transfer

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
