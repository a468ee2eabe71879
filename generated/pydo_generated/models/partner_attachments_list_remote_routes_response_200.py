from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.partner_attachment_remote_route import PartnerAttachmentRemoteRoute


T = TypeVar("T", bound="PartnerAttachmentsListRemoteRoutesResponse200")


@_attrs_define
class PartnerAttachmentsListRemoteRoutesResponse200:
    """
    Example:
        {'remote_routes': [{'cidr': '10.10.10.0/24'}, {'cidr': '10.10.10.10/24'}], 'links': {}, 'meta': {'total': 2}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        remote_routes (list[PartnerAttachmentRemoteRoute] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    remote_routes: list[PartnerAttachmentRemoteRoute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        remote_routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remote_routes, Unset):
            remote_routes = []
            for remote_routes_item_data in self.remote_routes:
                remote_routes_item = remote_routes_item_data.to_dict()
                remote_routes.append(remote_routes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if remote_routes is not UNSET:
            field_dict["remote_routes"] = remote_routes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.partner_attachment_remote_route import (
            PartnerAttachmentRemoteRoute,
        )

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _remote_routes = d.pop("remote_routes", UNSET)
        remote_routes: list[PartnerAttachmentRemoteRoute] | Unset = UNSET
        if _remote_routes is not UNSET:
            remote_routes = []
            for remote_routes_item_data in _remote_routes:
                remote_routes_item = PartnerAttachmentRemoteRoute.from_dict(
                    remote_routes_item_data
                )

                remote_routes.append(remote_routes_item)

        partner_attachments_list_remote_routes_response_200 = cls(
            meta=meta,
            links=links,
            remote_routes=remote_routes,
        )

        partner_attachments_list_remote_routes_response_200.additional_properties = d
        return partner_attachments_list_remote_routes_response_200

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
