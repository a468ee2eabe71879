from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.vpc_nat_gateway_get import VpcNatGatewayGet


T = TypeVar("T", bound="VpcnatgatewaysListResponse200")


@_attrs_define
class VpcnatgatewaysListResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        vpc_nat_gateways (list[VpcNatGatewayGet] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    vpc_nat_gateways: list[VpcNatGatewayGet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        vpc_nat_gateways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vpc_nat_gateways, Unset):
            vpc_nat_gateways = []
            for vpc_nat_gateways_item_data in self.vpc_nat_gateways:
                vpc_nat_gateways_item = vpc_nat_gateways_item_data.to_dict()
                vpc_nat_gateways.append(vpc_nat_gateways_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if vpc_nat_gateways is not UNSET:
            field_dict["vpc_nat_gateways"] = vpc_nat_gateways

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.vpc_nat_gateway_get import VpcNatGatewayGet

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _vpc_nat_gateways = d.pop("vpc_nat_gateways", UNSET)
        vpc_nat_gateways: list[VpcNatGatewayGet] | Unset = UNSET
        if _vpc_nat_gateways is not UNSET:
            vpc_nat_gateways = []
            for vpc_nat_gateways_item_data in _vpc_nat_gateways:
                vpc_nat_gateways_item = VpcNatGatewayGet.from_dict(
                    vpc_nat_gateways_item_data
                )

                vpc_nat_gateways.append(vpc_nat_gateways_item)

        vpcnatgateways_list_response_200 = cls(
            meta=meta,
            links=links,
            vpc_nat_gateways=vpc_nat_gateways,
        )

        vpcnatgateways_list_response_200.additional_properties = d
        return vpcnatgateways_list_response_200

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
