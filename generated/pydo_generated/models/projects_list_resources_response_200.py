from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.resource import Resource


T = TypeVar("T", bound="ProjectsListResourcesResponse200")


@_attrs_define
class ProjectsListResourcesResponse200:
    """
    Example:
        {'resources': [{'urn': 'do:droplet:13457723', 'assigned_at': '2018-09-28T19:26:37Z', 'links': {'self':
            'https://api.digitalocean.com/v2/droplets/13457723'}, 'status': 'ok'}, {'urn': 'do:domain:example.com',
            'assigned_at': '2019-03-31T16:24:14Z', 'links': {'self': 'https://api.digitalocean.com/v2/domains/example.com'},
            'status': 'ok'}], 'links': {'pages': {'first':
            'https://api.digitalocean.com/v2/projects/4e1bfbc3-dc3e-41f2-a18f-1b4d7ba71679/resources?page=1', 'last':
            'https://api.digitalocean.com/v2/projects/4e1bfbc3-dc3e-41f2-a18f-1b4d7ba71679/resources?page=1'}}, 'meta':
            {'total': 2}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        resources (list[Resource] | Unset): The resources that are assigned to this project. Only resources that you are
            authorized to see will be returned.
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    resources: list[Resource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.resource import Resource

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _resources = d.pop("resources", UNSET)
        resources: list[Resource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = Resource.from_dict(resources_item_data)

                resources.append(resources_item)

        projects_list_resources_response_200 = cls(
            meta=meta,
            links=links,
            resources=resources,
        )

        projects_list_resources_response_200.additional_properties = d
        return projects_list_resources_response_200

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
