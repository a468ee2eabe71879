from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpc_nat_gateway_update_vpcs_item import VpcNatGatewayUpdateVpcsItem


T = TypeVar("T", bound="VpcNatGatewayUpdate")


@_attrs_define
class VpcNatGatewayUpdate:
    """
    Attributes:
        name (str): The human-readable name of the VPC NAT gateway. Example: my-vpc-nat-gateway.
        size (int): The size of the VPC NAT gateway. Example: 1.
        vpcs (list[VpcNatGatewayUpdateVpcsItem] | Unset): An array of VPCs associated with the VPC NAT gateway.
        udp_timeout_seconds (int | Unset): The UDP timeout in seconds for the VPC NAT gateway. Example: 30.
        icmp_timeout_seconds (int | Unset): The ICMP timeout in seconds for the VPC NAT gateway. Example: 30.
        tcp_timeout_seconds (int | Unset): The TCP timeout in seconds for the VPC NAT gateway. Example: 30.
    """

    name: str
    size: int
    vpcs: list[VpcNatGatewayUpdateVpcsItem] | Unset = UNSET
    udp_timeout_seconds: int | Unset = UNSET
    icmp_timeout_seconds: int | Unset = UNSET
    tcp_timeout_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        vpcs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vpcs, Unset):
            vpcs = []
            for vpcs_item_data in self.vpcs:
                vpcs_item = vpcs_item_data.to_dict()
                vpcs.append(vpcs_item)

        udp_timeout_seconds = self.udp_timeout_seconds

        icmp_timeout_seconds = self.icmp_timeout_seconds

        tcp_timeout_seconds = self.tcp_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size": size,
            }
        )
        if vpcs is not UNSET:
            field_dict["vpcs"] = vpcs
        if udp_timeout_seconds is not UNSET:
            field_dict["udp_timeout_seconds"] = udp_timeout_seconds
        if icmp_timeout_seconds is not UNSET:
            field_dict["icmp_timeout_seconds"] = icmp_timeout_seconds
        if tcp_timeout_seconds is not UNSET:
            field_dict["tcp_timeout_seconds"] = tcp_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vpc_nat_gateway_update_vpcs_item import (
            VpcNatGatewayUpdateVpcsItem,
        )

        d = dict(src_dict)
        name = d.pop("name")

        size = d.pop("size")

        _vpcs = d.pop("vpcs", UNSET)
        vpcs: list[VpcNatGatewayUpdateVpcsItem] | Unset = UNSET
        if _vpcs is not UNSET:
            vpcs = []
            for vpcs_item_data in _vpcs:
                vpcs_item = VpcNatGatewayUpdateVpcsItem.from_dict(vpcs_item_data)

                vpcs.append(vpcs_item)

        udp_timeout_seconds = d.pop("udp_timeout_seconds", UNSET)

        icmp_timeout_seconds = d.pop("icmp_timeout_seconds", UNSET)

        tcp_timeout_seconds = d.pop("tcp_timeout_seconds", UNSET)

        vpc_nat_gateway_update = cls(
            name=name,
            size=size,
            vpcs=vpcs,
            udp_timeout_seconds=udp_timeout_seconds,
            icmp_timeout_seconds=icmp_timeout_seconds,
            tcp_timeout_seconds=tcp_timeout_seconds,
        )

        vpc_nat_gateway_update.additional_properties = d
        return vpc_nat_gateway_update

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
