from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeleteWorkspaceOutput")


@_attrs_define
class ApiDeleteWorkspaceOutput:
    """
    Attributes:
        workspace_uuid (str | Unset): Workspace Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    workspace_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_uuid = self.workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace_uuid is not UNSET:
            field_dict["workspace_uuid"] = workspace_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_uuid = d.pop("workspace_uuid", UNSET)

        api_delete_workspace_output = cls(
            workspace_uuid=workspace_uuid,
        )

        api_delete_workspace_output.additional_properties = d
        return api_delete_workspace_output

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
