from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent import ApiAgent


T = TypeVar("T", bound="ApiUpdateAgentFunctionOutput")


@_attrs_define
class ApiUpdateAgentFunctionOutput:
    """The updated agent

    Attributes:
        agent (ApiAgent | Unset): An Agent
    """

    agent: ApiAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent import ApiAgent

        d = dict(src_dict)
        _agent = d.pop("agent", UNSET)
        agent: ApiAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = ApiAgent.from_dict(_agent)

        api_update_agent_function_output = cls(
            agent=agent,
        )

        api_update_agent_function_output.additional_properties = d
        return api_update_agent_function_output

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
