from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_guardrail_input import ApiAgentGuardrailInput


T = TypeVar("T", bound="ApiLinkAgentGuardrailsInputPublic")


@_attrs_define
class ApiLinkAgentGuardrailsInputPublic:
    """Information about linking an agent to a guardrail

    Attributes:
        agent_uuid (str | Unset): The UUID of the agent. Example: "12345678-1234-1234-1234-123456789012".
        guardrails (list[ApiAgentGuardrailInput] | Unset): The list of guardrails to attach.
    """

    agent_uuid: str | Unset = UNSET
    guardrails: list[ApiAgentGuardrailInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid = self.agent_uuid

        guardrails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guardrails, Unset):
            guardrails = []
            for guardrails_item_data in self.guardrails:
                guardrails_item = guardrails_item_data.to_dict()
                guardrails.append(guardrails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_guardrail_input import ApiAgentGuardrailInput

        d = dict(src_dict)
        agent_uuid = d.pop("agent_uuid", UNSET)

        _guardrails = d.pop("guardrails", UNSET)
        guardrails: list[ApiAgentGuardrailInput] | Unset = UNSET
        if _guardrails is not UNSET:
            guardrails = []
            for guardrails_item_data in _guardrails:
                guardrails_item = ApiAgentGuardrailInput.from_dict(guardrails_item_data)

                guardrails.append(guardrails_item)

        api_link_agent_guardrails_input_public = cls(
            agent_uuid=agent_uuid,
            guardrails=guardrails,
        )

        api_link_agent_guardrails_input_public.additional_properties = d
        return api_link_agent_guardrails_input_public

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
