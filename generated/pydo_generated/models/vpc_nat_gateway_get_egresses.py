from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpc_nat_gateway_get_egresses_public_gateways_item import (
        VpcNatGatewayGetEgressesPublicGatewaysItem,
    )


T = TypeVar("T", bound="VpcNatGatewayGetEgresses")


@_attrs_define
class VpcNatGatewayGetEgresses:
    """An object containing egress information for the VPC NAT gateway.

    Attributes:
        public_gateways (list[VpcNatGatewayGetEgressesPublicGatewaysItem] | Unset): An array of public gateway IP
            addresses for the VPC NAT gateway.
    """

    public_gateways: list[VpcNatGatewayGetEgressesPublicGatewaysItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_gateways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.public_gateways, Unset):
            public_gateways = []
            for public_gateways_item_data in self.public_gateways:
                public_gateways_item = public_gateways_item_data.to_dict()
                public_gateways.append(public_gateways_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_gateways is not UNSET:
            field_dict["public_gateways"] = public_gateways

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vpc_nat_gateway_get_egresses_public_gateways_item import (
            VpcNatGatewayGetEgressesPublicGatewaysItem,
        )

        d = dict(src_dict)
        _public_gateways = d.pop("public_gateways", UNSET)
        public_gateways: list[VpcNatGatewayGetEgressesPublicGatewaysItem] | Unset = (
            UNSET
        )
        if _public_gateways is not UNSET:
            public_gateways = []
            for public_gateways_item_data in _public_gateways:
                public_gateways_item = (
                    VpcNatGatewayGetEgressesPublicGatewaysItem.from_dict(
                        public_gateways_item_data
                    )
                )

                public_gateways.append(public_gateways_item)

        vpc_nat_gateway_get_egresses = cls(
            public_gateways=public_gateways,
        )

        vpc_nat_gateway_get_egresses.additional_properties = d
        return vpc_nat_gateway_get_egresses

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
