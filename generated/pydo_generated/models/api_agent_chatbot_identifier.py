from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAgentChatbotIdentifier")


@_attrs_define
class ApiAgentChatbotIdentifier:
    """Agent Chatbot Identifier

    Attributes:
        agent_chatbot_identifier (str | Unset): Agent chatbot identifier Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    agent_chatbot_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_chatbot_identifier = self.agent_chatbot_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_chatbot_identifier is not UNSET:
            field_dict["agent_chatbot_identifier"] = agent_chatbot_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_chatbot_identifier = d.pop("agent_chatbot_identifier", UNSET)

        api_agent_chatbot_identifier = cls(
            agent_chatbot_identifier=agent_chatbot_identifier,
        )

        api_agent_chatbot_identifier.additional_properties = d
        return api_agent_chatbot_identifier

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
