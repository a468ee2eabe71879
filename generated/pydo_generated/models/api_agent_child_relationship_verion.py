from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAgentChildRelationshipVerion")


@_attrs_define
class ApiAgentChildRelationshipVerion:
    """
    Attributes:
        agent_name (str | Unset): Name of the child agent Example: example name.
        child_agent_uuid (str | Unset): Child agent unique identifier Example: 123e4567-e89b-12d3-a456-426614174000.
        if_case (str | Unset): If case Example: example string.
        is_deleted (bool | Unset): Child agent is deleted Example: True.
        route_name (str | Unset): Route name Example: example name.
    """

    agent_name: str | Unset = UNSET
    child_agent_uuid: str | Unset = UNSET
    if_case: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    route_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_name = self.agent_name

        child_agent_uuid = self.child_agent_uuid

        if_case = self.if_case

        is_deleted = self.is_deleted

        route_name = self.route_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if child_agent_uuid is not UNSET:
            field_dict["child_agent_uuid"] = child_agent_uuid
        if if_case is not UNSET:
            field_dict["if_case"] = if_case
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if route_name is not UNSET:
            field_dict["route_name"] = route_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_name = d.pop("agent_name", UNSET)

        child_agent_uuid = d.pop("child_agent_uuid", UNSET)

        if_case = d.pop("if_case", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        route_name = d.pop("route_name", UNSET)

        api_agent_child_relationship_verion = cls(
            agent_name=agent_name,
            child_agent_uuid=child_agent_uuid,
            if_case=if_case,
            is_deleted=is_deleted,
            route_name=route_name,
        )

        api_agent_child_relationship_verion.additional_properties = d
        return api_agent_child_relationship_verion

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
