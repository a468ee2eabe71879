from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCreateWorkspaceInputPublic")


@_attrs_define
class ApiCreateWorkspaceInputPublic:
    """Parameters for Workspace Creation

    Attributes:
        agent_uuids (list[str] | Unset): Ids of the agents(s) to attach to the workspace Example: ['example string'].
        description (str | Unset): Description of the workspace Example: example string.
        name (str | Unset): Name of the workspace Example: example name.
    """

    agent_uuids: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuids: list[str] | Unset = UNSET
        if not isinstance(self.agent_uuids, Unset):
            agent_uuids = self.agent_uuids

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuids is not UNSET:
            field_dict["agent_uuids"] = agent_uuids
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_uuids = cast(list[str], d.pop("agent_uuids", UNSET))

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        api_create_workspace_input_public = cls(
            agent_uuids=agent_uuids,
            description=description,
            name=name,
        )

        api_create_workspace_input_public.additional_properties = d
        return api_create_workspace_input_public

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
