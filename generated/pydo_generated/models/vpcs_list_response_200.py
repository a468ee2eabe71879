from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.vpc import Vpc


T = TypeVar("T", bound="VpcsListResponse200")


@_attrs_define
class VpcsListResponse200:
    """
    Example:
        {'vpcs': [{'name': 'env.prod-vpc', 'description': 'VPC for production environment', 'region': 'nyc1',
            'ip_range': '10.10.10.0/24', 'id': '5a4981aa-9653-4bd1-bef5-d6bff52042e4', 'urn':
            'do:vpc:5a4981aa-9653-4bd1-bef5-d6bff52042e4', 'default': False, 'created_at':
            '2020-03-13T19:20:47.442049222Z'}, {'id': 'e0fe0f4d-596a-465e-a902-571ce57b79fa', 'urn':
            'do:vpc:e0fe0f4d-596a-465e-a902-571ce57b79fa', 'name': 'default-nyc1', 'description': '', 'region': 'nyc1',
            'ip_range': '10.102.0.0/20', 'created_at': '2020-03-13T19:29:20Z', 'default': True}, {'id':
            'd455e75d-4858-4eec-8c95-da2f0a5f93a7', 'urn': 'do:vpc:d455e75d-4858-4eec-8c95-da2f0a5f93a7', 'name': 'default-
            nyc3', 'description': '', 'region': 'nyc3', 'ip_range': '10.100.0.0/20', 'created_at': '2019-11-19T22:19:35Z',
            'default': True}], 'links': {}, 'meta': {'total': 3}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        vpcs (list[Vpc] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    vpcs: list[Vpc] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        vpcs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vpcs, Unset):
            vpcs = []
            for vpcs_item_data in self.vpcs:
                vpcs_item = vpcs_item_data.to_dict()
                vpcs.append(vpcs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if vpcs is not UNSET:
            field_dict["vpcs"] = vpcs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.vpc import Vpc

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _vpcs = d.pop("vpcs", UNSET)
        vpcs: list[Vpc] | Unset = UNSET
        if _vpcs is not UNSET:
            vpcs = []
            for vpcs_item_data in _vpcs:
                vpcs_item = Vpc.from_dict(vpcs_item_data)

                vpcs.append(vpcs_item)

        vpcs_list_response_200 = cls(
            meta=meta,
            links=links,
            vpcs=vpcs,
        )

        vpcs_list_response_200.additional_properties = d
        return vpcs_list_response_200

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
