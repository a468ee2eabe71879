from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateWorkspaceInputPublic")


@_attrs_define
class ApiUpdateWorkspaceInputPublic:
    """Parameters for Update Workspace

    Attributes:
        description (str | Unset): The new description of the workspace Example: example string.
        name (str | Unset): The new name of the workspace Example: example name.
        workspace_uuid (str | Unset): Workspace UUID. Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    workspace_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        workspace_uuid = self.workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_uuid is not UNSET:
            field_dict["workspace_uuid"] = workspace_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        workspace_uuid = d.pop("workspace_uuid", UNSET)

        api_update_workspace_input_public = cls(
            description=description,
            name=name,
            workspace_uuid=workspace_uuid,
        )

        api_update_workspace_input_public.additional_properties = d
        return api_update_workspace_input_public

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
