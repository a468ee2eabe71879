from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.partner_attachment import PartnerAttachment


T = TypeVar("T", bound="PartnerAttachmentsListResponse200")


@_attrs_define
class PartnerAttachmentsListResponse200:
    """
    Example:
        {'partner_attachments': [{'name': 'env.prod-partner-network-connect', 'id':
            '5a4981aa-9653-4bd1-bef5-d6bff52042e4', 'urn': 'do:partner_attachment:5a4981aa-9653-4bd1-bef5-d6bff52042e4',
            'state': 'active', 'created_at': '2020-03-13T19:20:47.442049222Z', 'connection_bandwidth_in_mbps': 10000,
            'region': 'nyc', 'naas_provider': 'MEGAPORT', 'vpc_ids': ['796c6fe3-2a1d-4da2-9f3e-38239827dc91'], 'bgp':
            {'local_asn': 65432, 'local_router_ip': '169.254.0.1/29', 'peer_asn': 133937, 'peer_router_ip':
            '169.254.0.6/29'}}, {'id': 'e0fe0f4d-596a-465e-a902-571ce57b79fa', 'urn':
            'do:partner_attachment:e0fe0f4d-596a-465e-a902-571ce57b79fa', 'state': 'active', 'name': 'env.test-partner-
            network-connect', 'created_at': '2020-03-13T19:29:20Z', 'connection_bandwidth_in_mbps': 10000, 'region': 'nyc',
            'naas_provider': 'MEGAPORT', 'vpc_ids': ['e9eef79d-eb6f-4de1-a5b2-38d7468c75c0',
            'ac1a3d83-349f-4f67-8214-c2803cec0cff'], 'bgp': {'local_asn': 65432, 'local_router_ip': '169.254.0.9/29',
            'peer_asn': 133937, 'peer_router_ip': '169.254.0.14/29'}}], 'links': {}, 'meta': {'total': 2}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        partner_attachments (list[PartnerAttachment] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    partner_attachments: list[PartnerAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        partner_attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partner_attachments, Unset):
            partner_attachments = []
            for partner_attachments_item_data in self.partner_attachments:
                partner_attachments_item = partner_attachments_item_data.to_dict()
                partner_attachments.append(partner_attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if partner_attachments is not UNSET:
            field_dict["partner_attachments"] = partner_attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.partner_attachment import PartnerAttachment

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _partner_attachments = d.pop("partner_attachments", UNSET)
        partner_attachments: list[PartnerAttachment] | Unset = UNSET
        if _partner_attachments is not UNSET:
            partner_attachments = []
            for partner_attachments_item_data in _partner_attachments:
                partner_attachments_item = PartnerAttachment.from_dict(
                    partner_attachments_item_data
                )

                partner_attachments.append(partner_attachments_item)

        partner_attachments_list_response_200 = cls(
            meta=meta,
            links=links,
            partner_attachments=partner_attachments,
        )

        partner_attachments_list_response_200.additional_properties = d
        return partner_attachments_list_response_200

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
