from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cdn_endpoint import CdnEndpoint
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="CdnListEndpointsResponse200")


@_attrs_define
class CdnListEndpointsResponse200:
    """
    Example:
        {'endpoints': [{'id': '19f06b6a-3ace-4315-b086-499a0e521b76', 'origin': 'static-
            images.nyc3.digitaloceanspaces.com', 'endpoint': 'static-images.nyc3.cdn.digitaloceanspaces.com', 'created_at':
            '2018-07-19T15:04:16Z', 'certificate_id': '892071a0-bb95-49bc-8021-3afd67a210bf', 'custom_domain':
            'static.example.com', 'ttl': 3600}], 'links': {}, 'meta': {'total': 1}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        endpoints (list[CdnEndpoint] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    endpoints: list[CdnEndpoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cdn_endpoint import CdnEndpoint
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[CdnEndpoint] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = CdnEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        cdn_list_endpoints_response_200 = cls(
            meta=meta,
            links=links,
            endpoints=endpoints,
        )

        cdn_list_endpoints_response_200.additional_properties = d
        return cdn_list_endpoints_response_200

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
