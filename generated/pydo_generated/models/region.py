from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Region")


@_attrs_define
class Region:
    """
    Attributes:
        name (str): The display name of the region.  This will be a full name that is used in the control panel and
            other interfaces. Example: New York 3.
        slug (str): A human-readable string that is used as a unique identifier for each region. Example: nyc3.
        features (list[str]): This attribute is set to an array which contains features available in this region
            Example: ['private_networking', 'backups', 'ipv6', 'metadata', 'install_agent', 'storage', 'image_transfer'].
        available (bool): This is a boolean value that represents whether new Droplets can be created in this region.
            Example: True.
        sizes (list[str]): This attribute is set to an array which contains the identifying slugs for the sizes
            available in this region. sizes:read is required to view. Example: ['s-1vcpu-1gb', 's-1vcpu-2gb', 's-1vcpu-3gb',
            's-2vcpu-2gb', 's-3vcpu-1gb', 's-2vcpu-4gb', 's-4vcpu-8gb', 's-6vcpu-16gb', 's-8vcpu-32gb', 's-12vcpu-48gb',
            's-16vcpu-64gb', 's-20vcpu-96gb', 's-24vcpu-128gb', 's-32vcpu-192g'].
    """

    name: str
    slug: str
    features: list[str]
    available: bool
    sizes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        features = self.features

        available = self.available

        sizes = self.sizes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
                "features": features,
                "available": available,
                "sizes": sizes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        features = cast(list[str], d.pop("features"))

        available = d.pop("available")

        sizes = cast(list[str], d.pop("sizes"))

        region = cls(
            name=name,
            slug=slug,
            features=features,
            available=available,
            sizes=sizes,
        )

        region.additional_properties = d
        return region

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
