from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="ProjectsGetDefaultResponse200")


@_attrs_define
class ProjectsGetDefaultResponse200:
    """
    Example:
        {'project': {'id': 'addb4547-6bab-419a-8542-76263a033cf6', 'owner_uuid':
            '99525febec065ca37b2ffe4f852fd2b2581895e7', 'owner_id': 258992, 'name': 'Default', 'description': 'Default
            project', 'purpose': 'Just trying out DigitalOcean', 'environment': 'Development', 'is_default': True,
            'created_at': '2017-10-19T21:44:20Z', 'updated_at': '2019-11-05T18:50:03Z'}}

    Attributes:
        project (Project | Unset):
    """

    project: Project | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project is not UNSET:
            field_dict["project"] = project

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project import Project

        d = dict(src_dict)
        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        projects_get_default_response_200 = cls(
            project=project,
        )

        projects_get_default_response_200.additional_properties = d
        return projects_get_default_response_200

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
