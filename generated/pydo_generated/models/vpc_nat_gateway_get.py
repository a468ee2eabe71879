from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vpc_nat_gateway_get_region import VpcNatGatewayGetRegion
from ..models.vpc_nat_gateway_get_state import VpcNatGatewayGetState
from ..models.vpc_nat_gateway_get_type import VpcNatGatewayGetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpc_nat_gateway_get_egresses import VpcNatGatewayGetEgresses
    from ..models.vpc_nat_gateway_get_vpcs_item import VpcNatGatewayGetVpcsItem


T = TypeVar("T", bound="VpcNatGatewayGet")


@_attrs_define
class VpcNatGatewayGet:
    """
    Attributes:
        id (str | Unset): The unique identifier for the VPC NAT gateway. This is automatically generated upon creation.
            Example: 70e1b58d-cdec-4e95-b3ee-2d4d95feff51.
        name (str | Unset): The human-readable name of the VPC NAT gateway. Example: my-vpc-nat-gateway.
        type_ (VpcNatGatewayGetType | Unset): The type of the VPC NAT gateway. Example: PUBLIC.
        state (VpcNatGatewayGetState | Unset): The current state of the VPC NAT gateway. Example: ACTIVE.
        region (VpcNatGatewayGetRegion | Unset): The region in which the VPC NAT gateway is created. Example: tor1.
        size (int | Unset): The size of the VPC NAT gateway. Example: 1.
        vpcs (list[VpcNatGatewayGetVpcsItem] | Unset): An array of VPCs associated with the VPC NAT gateway.
        egresses (VpcNatGatewayGetEgresses | Unset): An object containing egress information for the VPC NAT gateway.
        udp_timeout_seconds (int | Unset): The UDP timeout in seconds for the VPC NAT gateway. Example: 30.
        icmp_timeout_seconds (int | Unset): The ICMP timeout in seconds for the VPC NAT gateway. Example: 30.
        tcp_timeout_seconds (int | Unset): The TCP timeout in seconds for the VPC NAT gateway. Example: 30.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the VPC NAT gateway was created. Example: 2020-07-28T18:00:00Z.
        updated_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the VPC NAT gateway was last updated. Example: 2020-07-28T18:00:00Z.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: VpcNatGatewayGetType | Unset = UNSET
    state: VpcNatGatewayGetState | Unset = UNSET
    region: VpcNatGatewayGetRegion | Unset = UNSET
    size: int | Unset = UNSET
    vpcs: list[VpcNatGatewayGetVpcsItem] | Unset = UNSET
    egresses: VpcNatGatewayGetEgresses | Unset = UNSET
    udp_timeout_seconds: int | Unset = UNSET
    icmp_timeout_seconds: int | Unset = UNSET
    tcp_timeout_seconds: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        size = self.size

        vpcs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vpcs, Unset):
            vpcs = []
            for vpcs_item_data in self.vpcs:
                vpcs_item = vpcs_item_data.to_dict()
                vpcs.append(vpcs_item)

        egresses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.egresses, Unset):
            egresses = self.egresses.to_dict()

        udp_timeout_seconds = self.udp_timeout_seconds

        icmp_timeout_seconds = self.icmp_timeout_seconds

        tcp_timeout_seconds = self.tcp_timeout_seconds

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size
        if vpcs is not UNSET:
            field_dict["vpcs"] = vpcs
        if egresses is not UNSET:
            field_dict["egresses"] = egresses
        if udp_timeout_seconds is not UNSET:
            field_dict["udp_timeout_seconds"] = udp_timeout_seconds
        if icmp_timeout_seconds is not UNSET:
            field_dict["icmp_timeout_seconds"] = icmp_timeout_seconds
        if tcp_timeout_seconds is not UNSET:
            field_dict["tcp_timeout_seconds"] = tcp_timeout_seconds
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vpc_nat_gateway_get_egresses import VpcNatGatewayGetEgresses
        from ..models.vpc_nat_gateway_get_vpcs_item import VpcNatGatewayGetVpcsItem

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: VpcNatGatewayGetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VpcNatGatewayGetType(_type_)

        _state = d.pop("state", UNSET)
        state: VpcNatGatewayGetState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = VpcNatGatewayGetState(_state)

        _region = d.pop("region", UNSET)
        region: VpcNatGatewayGetRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = VpcNatGatewayGetRegion(_region)

        size = d.pop("size", UNSET)

        _vpcs = d.pop("vpcs", UNSET)
        vpcs: list[VpcNatGatewayGetVpcsItem] | Unset = UNSET
        if _vpcs is not UNSET:
            vpcs = []
            for vpcs_item_data in _vpcs:
                vpcs_item = VpcNatGatewayGetVpcsItem.from_dict(vpcs_item_data)

                vpcs.append(vpcs_item)

        _egresses = d.pop("egresses", UNSET)
        egresses: VpcNatGatewayGetEgresses | Unset
        if isinstance(_egresses, Unset):
            egresses = UNSET
        else:
            egresses = VpcNatGatewayGetEgresses.from_dict(_egresses)

        udp_timeout_seconds = d.pop("udp_timeout_seconds", UNSET)

        icmp_timeout_seconds = d.pop("icmp_timeout_seconds", UNSET)

        tcp_timeout_seconds = d.pop("tcp_timeout_seconds", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        vpc_nat_gateway_get = cls(
            id=id,
            name=name,
            type_=type_,
            state=state,
            region=region,
            size=size,
            vpcs=vpcs,
            egresses=egresses,
            udp_timeout_seconds=udp_timeout_seconds,
            icmp_timeout_seconds=icmp_timeout_seconds,
            tcp_timeout_seconds=tcp_timeout_seconds,
            created_at=created_at,
            updated_at=updated_at,
        )

        vpc_nat_gateway_get.additional_properties = d
        return vpc_nat_gateway_get

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
