from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiMoveAgentsToWorkspaceInputPublic")


@_attrs_define
class ApiMoveAgentsToWorkspaceInputPublic:
    """Parameters for Moving agents to a Workspace

    Attributes:
        agent_uuids (list[str] | Unset): Agent uuids Example: ['example string'].
        workspace_uuid (str | Unset): Workspace uuid to move agents to Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    agent_uuids: list[str] | Unset = UNSET
    workspace_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuids: list[str] | Unset = UNSET
        if not isinstance(self.agent_uuids, Unset):
            agent_uuids = self.agent_uuids

        workspace_uuid = self.workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuids is not UNSET:
            field_dict["agent_uuids"] = agent_uuids
        if workspace_uuid is not UNSET:
            field_dict["workspace_uuid"] = workspace_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_uuids = cast(list[str], d.pop("agent_uuids", UNSET))

        workspace_uuid = d.pop("workspace_uuid", UNSET)

        api_move_agents_to_workspace_input_public = cls(
            agent_uuids=agent_uuids,
            workspace_uuid=workspace_uuid,
        )

        api_move_agents_to_workspace_input_public.additional_properties = d
        return api_move_agents_to_workspace_input_public

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
