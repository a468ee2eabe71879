from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.reserved_ipv_6_list_reserved_ipv_6s_item import (
        ReservedIpv6ListReservedIpv6SItem,
    )


T = TypeVar("T", bound="ReservedIPv6ListResponse200")


@_attrs_define
class ReservedIPv6ListResponse200:
    """
    Example:
        {'links': {}, 'meta': {'total': 1}, 'reserved_ipv6s': [{'ip': 'fd53:616d:6d60::dc9:c001', 'region_slug': 'nyc3',
            'reserved_at': '2020-01-01T00:00:00Z'}, {'ip': 'fd53:616d:6d60::dc9:c002', 'region_slug': 'nyc1', 'reserved_at':
            '2020-01-01T00:00:00Z'}]}

    Attributes:
        meta (MetaMeta):
        reserved_ipv6s (list[ReservedIpv6ListReservedIpv6SItem] | Unset):
        links (PageLinks | Unset):
    """

    meta: MetaMeta
    reserved_ipv6s: list[ReservedIpv6ListReservedIpv6SItem] | Unset = UNSET
    links: PageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        reserved_ipv6s: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reserved_ipv6s, Unset):
            reserved_ipv6s = []
            for reserved_ipv6s_item_data in self.reserved_ipv6s:
                reserved_ipv6s_item = reserved_ipv6s_item_data.to_dict()
                reserved_ipv6s.append(reserved_ipv6s_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if reserved_ipv6s is not UNSET:
            field_dict["reserved_ipv6s"] = reserved_ipv6s
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.reserved_ipv_6_list_reserved_ipv_6s_item import (
            ReservedIpv6ListReservedIpv6SItem,
        )

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _reserved_ipv6s = d.pop("reserved_ipv6s", UNSET)
        reserved_ipv6s: list[ReservedIpv6ListReservedIpv6SItem] | Unset = UNSET
        if _reserved_ipv6s is not UNSET:
            reserved_ipv6s = []
            for reserved_ipv6s_item_data in _reserved_ipv6s:
                reserved_ipv6s_item = ReservedIpv6ListReservedIpv6SItem.from_dict(
                    reserved_ipv6s_item_data
                )

                reserved_ipv6s.append(reserved_ipv6s_item)

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        reserved_i_pv_6_list_response_200 = cls(
            meta=meta,
            reserved_ipv6s=reserved_ipv6s,
            links=links,
        )

        reserved_i_pv_6_list_response_200.additional_properties = d
        return reserved_i_pv_6_list_response_200

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
