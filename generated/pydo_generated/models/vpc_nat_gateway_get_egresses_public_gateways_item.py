from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcNatGatewayGetEgressesPublicGatewaysItem")


@_attrs_define
class VpcNatGatewayGetEgressesPublicGatewaysItem:
    """
    Attributes:
        ipv4 (str | Unset): IPv4 address of the public gateway. Example: 174.138.113.197.
    """

    ipv4: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ipv4 = self.ipv4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ipv4 = d.pop("ipv4", UNSET)

        vpc_nat_gateway_get_egresses_public_gateways_item = cls(
            ipv4=ipv4,
        )

        vpc_nat_gateway_get_egresses_public_gateways_item.additional_properties = d
        return vpc_nat_gateway_get_egresses_public_gateways_item

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
