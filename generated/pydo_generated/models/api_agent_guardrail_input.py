from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAgentGuardrailInput")


@_attrs_define
class ApiAgentGuardrailInput:
    """
    Attributes:
        guardrail_uuid (str | Unset): Guardrail uuid Example: 123e4567-e89b-12d3-a456-426614174000.
        priority (int | Unset): Priority of the guardrail Example: 123.
    """

    guardrail_uuid: str | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrail_uuid = self.guardrail_uuid

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guardrail_uuid is not UNSET:
            field_dict["guardrail_uuid"] = guardrail_uuid
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guardrail_uuid = d.pop("guardrail_uuid", UNSET)

        priority = d.pop("priority", UNSET)

        api_agent_guardrail_input = cls(
            guardrail_uuid=guardrail_uuid,
            priority=priority,
        )

        api_agent_guardrail_input.additional_properties = d
        return api_agent_guardrail_input

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
