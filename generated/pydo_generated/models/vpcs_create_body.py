from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcsCreateBody")


@_attrs_define
class VpcsCreateBody:
    """
    Attributes:
        name (str): The name of the VPC. Must be unique and may only contain alphanumeric characters, dashes, and
            periods. Example: env.prod-vpc.
        region (str): The slug identifier for the region where the VPC will be created. Example: nyc1.
        description (str | Unset): A free-form text field for describing the VPC's purpose. It may be a maximum of 255
            characters. Example: VPC for production environment.
        ip_range (str | Unset): The range of IP addresses in the VPC in CIDR notation. Network ranges cannot overlap
            with other networks in the same account and must be in range of private addresses as defined in RFC1918. It may
            not be smaller than `/28` nor larger than `/16`. If no IP range is specified, a `/20` network range is generated
            that won't conflict with other VPC networks in your account. Example: 10.10.10.0/24.
    """

    name: str
    region: str
    description: str | Unset = UNSET
    ip_range: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region = self.region

        description = self.description

        ip_range = self.ip_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "region": region,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if ip_range is not UNSET:
            field_dict["ip_range"] = ip_range

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        region = d.pop("region")

        description = d.pop("description", UNSET)

        ip_range = d.pop("ip_range", UNSET)

        vpcs_create_body = cls(
            name=name,
            region=region,
            description=description,
            ip_range=ip_range,
        )

        vpcs_create_body.additional_properties = d
        return vpcs_create_body

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
