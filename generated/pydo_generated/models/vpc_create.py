from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcCreate")


@_attrs_define
class VpcCreate:
    """
    Attributes:
        region (str | Unset): The slug identifier for the region where the VPC will be created. Example: nyc1.
        ip_range (str | Unset): The range of IP addresses in the VPC in CIDR notation. Network ranges cannot overlap
            with other networks in the same account and must be in range of private addresses as defined in RFC1918. It may
            not be smaller than `/28` nor larger than `/16`. If no IP range is specified, a `/20` network range is generated
            that won't conflict with other VPC networks in your account. Example: 10.10.10.0/24.
    """

    region: str | Unset = UNSET
    ip_range: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        ip_range = self.ip_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if ip_range is not UNSET:
            field_dict["ip_range"] = ip_range

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region = d.pop("region", UNSET)

        ip_range = d.pop("ip_range", UNSET)

        vpc_create = cls(
            region=region,
            ip_range=ip_range,
        )

        vpc_create.additional_properties = d
        return vpc_create

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
