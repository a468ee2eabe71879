from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_workspace import ApiWorkspace


T = TypeVar("T", bound="ApiMoveAgentsToWorkspaceOutput")


@_attrs_define
class ApiMoveAgentsToWorkspaceOutput:
    """
    Attributes:
        workspace (ApiWorkspace | Unset):
    """

    workspace: ApiWorkspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_workspace import ApiWorkspace

        d = dict(src_dict)
        _workspace = d.pop("workspace", UNSET)
        workspace: ApiWorkspace | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = ApiWorkspace.from_dict(_workspace)

        api_move_agents_to_workspace_output = cls(
            workspace=workspace,
        )

        api_move_agents_to_workspace_output.additional_properties = d
        return api_move_agents_to_workspace_output

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
