from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpc_nat_gateway_create import VpcNatGatewayCreate


T = TypeVar("T", bound="VpcnatgatewaysCreateResponse202")


@_attrs_define
class VpcnatgatewaysCreateResponse202:
    """
    Attributes:
        vpc_nat_gateway (VpcNatGatewayCreate | Unset):
    """

    vpc_nat_gateway: VpcNatGatewayCreate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc_nat_gateway: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpc_nat_gateway, Unset):
            vpc_nat_gateway = self.vpc_nat_gateway.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vpc_nat_gateway is not UNSET:
            field_dict["vpc_nat_gateway"] = vpc_nat_gateway

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vpc_nat_gateway_create import VpcNatGatewayCreate

        d = dict(src_dict)
        _vpc_nat_gateway = d.pop("vpc_nat_gateway", UNSET)
        vpc_nat_gateway: VpcNatGatewayCreate | Unset
        if isinstance(_vpc_nat_gateway, Unset):
            vpc_nat_gateway = UNSET
        else:
            vpc_nat_gateway = VpcNatGatewayCreate.from_dict(_vpc_nat_gateway)

        vpcnatgateways_create_response_202 = cls(
            vpc_nat_gateway=vpc_nat_gateway,
        )

        vpcnatgateways_create_response_202.additional_properties = d
        return vpcnatgateways_create_response_202

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
