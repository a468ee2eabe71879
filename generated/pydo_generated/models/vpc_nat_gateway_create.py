from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vpc_nat_gateway_create_region import VpcNatGatewayCreateRegion
from ..models.vpc_nat_gateway_create_type import VpcNatGatewayCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpc_nat_gateway_create_vpcs_item import VpcNatGatewayCreateVpcsItem


T = TypeVar("T", bound="VpcNatGatewayCreate")


@_attrs_define
class VpcNatGatewayCreate:
    """
    Attributes:
        name (str): The human-readable name of the VPC NAT gateway. Example: my-vpc-nat-gateway.
        type_ (VpcNatGatewayCreateType): The type of the VPC NAT gateway. Example: PUBLIC.
        region (VpcNatGatewayCreateRegion): The region in which the VPC NAT gateway is created. Example: tor1.
        size (int): The size of the VPC NAT gateway. Example: 1.
        vpcs (list[VpcNatGatewayCreateVpcsItem]): An array of VPCs associated with the VPC NAT gateway.
        udp_timeout_seconds (int | Unset): The UDP timeout in seconds for the VPC NAT gateway. Example: 30.
        icmp_timeout_seconds (int | Unset): The ICMP timeout in seconds for the VPC NAT gateway. Example: 30.
        tcp_timeout_seconds (int | Unset): The TCP timeout in seconds for the VPC NAT gateway. Example: 30.
    """

    name: str
    type_: VpcNatGatewayCreateType
    region: VpcNatGatewayCreateRegion
    size: int
    vpcs: list[VpcNatGatewayCreateVpcsItem]
    udp_timeout_seconds: int | Unset = UNSET
    icmp_timeout_seconds: int | Unset = UNSET
    tcp_timeout_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        region = self.region.value

        size = self.size

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
                "type": type_,
                "region": region,
                "size": size,
                "vpcs": vpcs,
            }
        )
        if udp_timeout_seconds is not UNSET:
            field_dict["udp_timeout_seconds"] = udp_timeout_seconds
        if icmp_timeout_seconds is not UNSET:
            field_dict["icmp_timeout_seconds"] = icmp_timeout_seconds
        if tcp_timeout_seconds is not UNSET:
            field_dict["tcp_timeout_seconds"] = tcp_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vpc_nat_gateway_create_vpcs_item import (
            VpcNatGatewayCreateVpcsItem,
        )

        d = dict(src_dict)
        name = d.pop("name")

        type_ = VpcNatGatewayCreateType(d.pop("type"))

        region = VpcNatGatewayCreateRegion(d.pop("region"))

        size = d.pop("size")

        vpcs = []
        _vpcs = d.pop("vpcs")
        for vpcs_item_data in _vpcs:
            vpcs_item = VpcNatGatewayCreateVpcsItem.from_dict(vpcs_item_data)

            vpcs.append(vpcs_item)

        udp_timeout_seconds = d.pop("udp_timeout_seconds", UNSET)

        icmp_timeout_seconds = d.pop("icmp_timeout_seconds", UNSET)

        tcp_timeout_seconds = d.pop("tcp_timeout_seconds", UNSET)

        vpc_nat_gateway_create = cls(
            name=name,
            type_=type_,
            region=region,
            size=size,
            vpcs=vpcs,
            udp_timeout_seconds=udp_timeout_seconds,
            icmp_timeout_seconds=icmp_timeout_seconds,
            tcp_timeout_seconds=tcp_timeout_seconds,
        )

        vpc_nat_gateway_create.additional_properties = d
        return vpc_nat_gateway_create

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
