from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateLinkedAgentInputPublic")


@_attrs_define
class ApiUpdateLinkedAgentInputPublic:
    """Information about updating the linkage of an agent

    Attributes:
        child_agent_uuid (str | Unset): Routed agent id Example: "12345678-1234-1234-1234-123456789012".
        if_case (str | Unset): Describes the case in which the child agent should be used Example: "use this to get
            weather information".
        parent_agent_uuid (str | Unset): A unique identifier for the parent agent. Example:
            "12345678-1234-1234-1234-123456789012".
        route_name (str | Unset): Route name Example: "weather_route".
        uuid (str | Unset): Unique id of linkage Example: "12345678-1234-1234-1234-123456789012".
    """

    child_agent_uuid: str | Unset = UNSET
    if_case: str | Unset = UNSET
    parent_agent_uuid: str | Unset = UNSET
    route_name: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_agent_uuid = self.child_agent_uuid

        if_case = self.if_case

        parent_agent_uuid = self.parent_agent_uuid

        route_name = self.route_name

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_agent_uuid is not UNSET:
            field_dict["child_agent_uuid"] = child_agent_uuid
        if if_case is not UNSET:
            field_dict["if_case"] = if_case
        if parent_agent_uuid is not UNSET:
            field_dict["parent_agent_uuid"] = parent_agent_uuid
        if route_name is not UNSET:
            field_dict["route_name"] = route_name
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        child_agent_uuid = d.pop("child_agent_uuid", UNSET)

        if_case = d.pop("if_case", UNSET)

        parent_agent_uuid = d.pop("parent_agent_uuid", UNSET)

        route_name = d.pop("route_name", UNSET)

        uuid = d.pop("uuid", UNSET)

        api_update_linked_agent_input_public = cls(
            child_agent_uuid=child_agent_uuid,
            if_case=if_case,
            parent_agent_uuid=parent_agent_uuid,
            route_name=route_name,
            uuid=uuid,
        )

        api_update_linked_agent_input_public.additional_properties = d
        return api_update_linked_agent_input_public

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
