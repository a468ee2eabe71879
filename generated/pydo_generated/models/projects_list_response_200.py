from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.project import Project


T = TypeVar("T", bound="ProjectsListResponse200")


@_attrs_define
class ProjectsListResponse200:
    """
    Example:
        {'projects': [{'id': '4e1bfbc3-dc3e-41f2-a18f-1b4d7ba71679', 'owner_uuid':
            '99525febec065ca37b2ffe4f852fd2b2581895e7', 'owner_id': 258992, 'name': 'my-web-api', 'description': 'My website
            API', 'purpose': 'Service or API', 'environment': 'Production', 'is_default': False, 'created_at':
            '2018-09-27T20:10:35Z', 'updated_at': '2018-09-27T20:10:35Z'}, {'id': 'addb4547-6bab-419a-8542-76263a033cf6',
            'owner_uuid': '99525febec065ca37b2ffe4f852fd2b2581895e7', 'owner_id': 258992, 'name': 'Default', 'description':
            'Default project', 'purpose': 'Just trying out DigitalOcean', 'environment': 'Development', 'is_default': True,
            'created_at': '2017-10-19T21:44:20Z', 'updated_at': '2019-11-05T18:50:03Z'}], 'links': {'pages': {'first':
            'https://api.digitalocean.com/v2/projects?page=1', 'last': 'https://api.digitalocean.com/v2/projects?page=1'}},
            'meta': {'total': 2}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        projects (list[Project] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    projects: list[Project] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.project import Project

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _projects = d.pop("projects", UNSET)
        projects: list[Project] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = Project.from_dict(projects_item_data)

                projects.append(projects_item)

        projects_list_response_200 = cls(
            meta=meta,
            links=links,
            projects=projects,
        )

        projects_list_response_200.additional_properties = d
        return projects_list_response_200

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
