from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.vpc_member import VpcMember


T = TypeVar("T", bound="VpcsListMembersResponse200")


@_attrs_define
class VpcsListMembersResponse200:
    """
    Example:
        {'members': [{'urn': 'do:loadbalancer:fb294d78-d193-4cb2-8737-ea620993591b', 'name': 'nyc1-load-balancer-01',
            'created_at': '2020-03-13T19:30:48Z'}, {'urn': 'do:dbaas:13f7a2f6-43df-4c4a-8129-8733267ddeea', 'name': 'db-
            postgresql-nyc1-55986', 'created_at': '2020-03-13T19:30:18Z'}, {'urn':
            'do:kubernetes:da39d893-96e1-4e4d-971d-1fdda33a46b1', 'name': 'k8s-nyc1-1584127772221', 'created_at':
            '2020-03-13T19:30:16Z'}, {'urn': 'do:droplet:86e29982-03a7-4946-8a07-a0114dff8754', 'name': 'ubuntu-s-1vcpu-1gb-
            nyc1-01', 'created_at': '2020-03-13T19:29:20Z'}], 'links': {}, 'meta': {'total': 4}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        members (list[VpcMember] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    members: list[VpcMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.vpc_member import VpcMember

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _members = d.pop("members", UNSET)
        members: list[VpcMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = VpcMember.from_dict(members_item_data)

                members.append(members_item)

        vpcs_list_members_response_200 = cls(
            meta=meta,
            links=links,
            members=members,
        )

        vpcs_list_members_response_200.additional_properties = d
        return vpcs_list_members_response_200

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
