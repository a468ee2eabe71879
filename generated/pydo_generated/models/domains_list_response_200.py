from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="DomainsListResponse200")


@_attrs_define
class DomainsListResponse200:
    """
    Example:
        {'domains': [{'name': 'example.com', 'ttl': 1800, 'zone_file': '$ORIGIN example.com.\\n$TTL 1800\\nexample.com.
            IN SOA ns1.digitalocean.com. hostmaster.example.com. 1415982609 10800 3600 604800 1800\\nexample.com. 1800 IN NS
            ns1.digitalocean.com.\\nexample.com. 1800 IN NS ns2.digitalocean.com.\\nexample.com. 1800 IN NS
            ns3.digitalocean.com.\\nexample.com. 1800 IN A 1.2.3.4\\n'}], 'links': {}, 'meta': {'total': 1}}

    Attributes:
        meta (MetaMeta):
        domains (list[Domain]): Array of volumes.
        links (PageLinks | Unset):
    """

    meta: MetaMeta
    domains: list[Domain]
    links: PageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        domains = []
        for domains_item_data in self.domains:
            domains_item = domains_item_data.to_dict()
            domains.append(domains_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "domains": domains,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.domain import Domain
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = Domain.from_dict(domains_item_data)

            domains.append(domains_item)

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        domains_list_response_200 = cls(
            meta=meta,
            domains=domains,
            links=links,
        )

        domains_list_response_200.additional_properties = d
        return domains_list_response_200

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
