from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateLinkedAgentOutput")


@_attrs_define
class ApiUpdateLinkedAgentOutput:
    """Information about an updated linkage

    Attributes:
        child_agent_uuid (str | Unset): Routed agent id Example: 123e4567-e89b-12d3-a456-426614174000.
        parent_agent_uuid (str | Unset): A unique identifier for the parent agent. Example:
            123e4567-e89b-12d3-a456-426614174000.
        rollback (bool | Unset):  Example: True.
        uuid (str | Unset): Unique id of linkage Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    child_agent_uuid: str | Unset = UNSET
    parent_agent_uuid: str | Unset = UNSET
    rollback: bool | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_agent_uuid = self.child_agent_uuid

        parent_agent_uuid = self.parent_agent_uuid

        rollback = self.rollback

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_agent_uuid is not UNSET:
            field_dict["child_agent_uuid"] = child_agent_uuid
        if parent_agent_uuid is not UNSET:
            field_dict["parent_agent_uuid"] = parent_agent_uuid
        if rollback is not UNSET:
            field_dict["rollback"] = rollback
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        child_agent_uuid = d.pop("child_agent_uuid", UNSET)

        parent_agent_uuid = d.pop("parent_agent_uuid", UNSET)

        rollback = d.pop("rollback", UNSET)

        uuid = d.pop("uuid", UNSET)

        api_update_linked_agent_output = cls(
            child_agent_uuid=child_agent_uuid,
            parent_agent_uuid=parent_agent_uuid,
            rollback=rollback,
            uuid=uuid,
        )

        api_update_linked_agent_output.additional_properties = d
        return api_update_linked_agent_output

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
