from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservedIPv6CreateResponse201ReservedIpv6")


@_attrs_define
class ReservedIPv6CreateResponse201ReservedIpv6:
    """
    Attributes:
        ip (str | Unset): The public IP address of the reserved IPv6. It also serves as its identifier. Example:
            2409:40d0:f7:1017:74b4:3a96:105e:4c6e.
        region_slug (str | Unset): The region that the reserved IPv6 is reserved to. When you query a reserved IPv6,the
            region_slug will be returned. Example: nyc3.
        reserved_at (datetime.datetime | Unset):  Example: 2024-11-20T11:08:30Z.
    """

    ip: str | Unset = UNSET
    region_slug: str | Unset = UNSET
    reserved_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        region_slug = self.region_slug

        reserved_at: str | Unset = UNSET
        if not isinstance(self.reserved_at, Unset):
            reserved_at = self.reserved_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if region_slug is not UNSET:
            field_dict["region_slug"] = region_slug
        if reserved_at is not UNSET:
            field_dict["reserved_at"] = reserved_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ip = d.pop("ip", UNSET)

        region_slug = d.pop("region_slug", UNSET)

        _reserved_at = d.pop("reserved_at", UNSET)
        reserved_at: datetime.datetime | Unset
        if isinstance(_reserved_at, Unset):
            reserved_at = UNSET
        else:
            reserved_at = datetime.datetime.fromisoformat(_reserved_at)

        reserved_i_pv_6_create_response_201_reserved_ipv_6 = cls(
            ip=ip,
            region_slug=region_slug,
            reserved_at=reserved_at,
        )

        reserved_i_pv_6_create_response_201_reserved_ipv_6.additional_properties = d
        return reserved_i_pv_6_create_response_201_reserved_ipv_6

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
