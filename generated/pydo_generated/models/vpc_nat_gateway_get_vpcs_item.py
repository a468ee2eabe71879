from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcNatGatewayGetVpcsItem")


@_attrs_define
class VpcNatGatewayGetVpcsItem:
    """
    Attributes:
        vpc_uuid (str | Unset): The unique identifier of the VPC to which the NAT gateway is attached. Example:
            0d3db13e-a604-4944-9827-7ec2642d32ac.
        gateway_ip (str | Unset): The gateway IP address of the VPC NAT gateway. Example: 10.118.0.35.
    """

    vpc_uuid: str | Unset = UNSET
    gateway_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc_uuid = self.vpc_uuid

        gateway_ip = self.gateway_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if gateway_ip is not UNSET:
            field_dict["gateway_ip"] = gateway_ip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vpc_uuid = d.pop("vpc_uuid", UNSET)

        gateway_ip = d.pop("gateway_ip", UNSET)

        vpc_nat_gateway_get_vpcs_item = cls(
            vpc_uuid=vpc_uuid,
            gateway_ip=gateway_ip,
        )

        vpc_nat_gateway_get_vpcs_item.additional_properties = d
        return vpc_nat_gateway_get_vpcs_item

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
