from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.addons_dimension_volume_with_price import (
        AddonsDimensionVolumeWithPrice,
    )


T = TypeVar("T", bound="AddonsDimensionWithPrice")


@_attrs_define
class AddonsDimensionWithPrice:
    """
    Attributes:
        id (int): Unique identifier for the dimension. Example: 1.
        sku (str): Unique string identifier for the dimension, tied to a price. Example: addon_sku_123.
        slug (str): Slug identifier for the dimension. Example: addon_dimension_slug.
        display_name (str): Display name for the dimension. Example: Addon Dimension Display Name.
        feature_name (str): Name of the feature associated with the dimension. Example: Feature Name.
        volumes (list[AddonsDimensionVolumeWithPrice]): A list of volumes associated with the dimension, each with its
            own price.
    """

    id: int
    sku: str
    slug: str
    display_name: str
    feature_name: str
    volumes: list[AddonsDimensionVolumeWithPrice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sku = self.sku

        slug = self.slug

        display_name = self.display_name

        feature_name = self.feature_name

        volumes = []
        for volumes_item_data in self.volumes:
            volumes_item = volumes_item_data.to_dict()
            volumes.append(volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sku": sku,
                "slug": slug,
                "display_name": display_name,
                "feature_name": feature_name,
                "volumes": volumes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.addons_dimension_volume_with_price import (
            AddonsDimensionVolumeWithPrice,
        )

        d = dict(src_dict)
        id = d.pop("id")

        sku = d.pop("sku")

        slug = d.pop("slug")

        display_name = d.pop("display_name")

        feature_name = d.pop("feature_name")

        volumes = []
        _volumes = d.pop("volumes")
        for volumes_item_data in _volumes:
            volumes_item = AddonsDimensionVolumeWithPrice.from_dict(volumes_item_data)

            volumes.append(volumes_item)

        addons_dimension_with_price = cls(
            id=id,
            sku=sku,
            slug=slug,
            display_name=display_name,
            feature_name=feature_name,
            volumes=volumes,
        )

        addons_dimension_with_price.additional_properties = d
        return addons_dimension_with_price

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
