from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_v4_type import NetworkV4Type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkV4")


@_attrs_define
class NetworkV4:
    """
    Attributes:
        ip_address (str | Unset): The IP address of the IPv4 network interface. Example: 104.236.32.182.
        netmask (str | Unset): The netmask of the IPv4 network interface. Example: 255.255.192.0.
        gateway (str | Unset): The gateway of the specified IPv4 network interface.

            For private interfaces, a gateway is not provided. This is denoted by
            returning `nil` as its value.
             Example: 104.236.0.1.
        type_ (NetworkV4Type | Unset): The type of the IPv4 network interface. Example: public.
    """

    ip_address: str | Unset = UNSET
    netmask: str | Unset = UNSET
    gateway: str | Unset = UNSET
    type_: NetworkV4Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        netmask = self.netmask

        gateway = self.gateway

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ip_address = d.pop("ip_address", UNSET)

        netmask = d.pop("netmask", UNSET)

        gateway = d.pop("gateway", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NetworkV4Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NetworkV4Type(_type_)

        network_v4 = cls(
            ip_address=ip_address,
            netmask=netmask,
            gateway=gateway,
            type_=type_,
        )

        network_v4.additional_properties = d
        return network_v4

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
