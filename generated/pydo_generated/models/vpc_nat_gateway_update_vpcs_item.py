from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcNatGatewayUpdateVpcsItem")


@_attrs_define
class VpcNatGatewayUpdateVpcsItem:
    """
    Attributes:
        vpc_uuid (str | Unset): The unique identifier of the VPC to which the NAT gateway is attached. Example:
            0d3db13e-a604-4944-9827-7ec2642d32ac.
        default_gateway (bool | Unset): The classification of the NAT gateway as the default egress route for the VPC
            traffic. Example: False.
    """

    vpc_uuid: str | Unset = UNSET
    default_gateway: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc_uuid = self.vpc_uuid

        default_gateway = self.default_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if default_gateway is not UNSET:
            field_dict["default_gateway"] = default_gateway

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vpc_uuid = d.pop("vpc_uuid", UNSET)

        default_gateway = d.pop("default_gateway", UNSET)

        vpc_nat_gateway_update_vpcs_item = cls(
            vpc_uuid=vpc_uuid,
            default_gateway=default_gateway,
        )

        vpc_nat_gateway_update_vpcs_item.additional_properties = d
        return vpc_nat_gateway_update_vpcs_item

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
