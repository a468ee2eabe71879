from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_agent_type import ApiAgentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_span_common import ApiSpanCommon
    from ..models.api_trace_span import ApiTraceSpan


T = TypeVar("T", bound="ApiAgentSpan")


@_attrs_define
class ApiAgentSpan:
    """
    Attributes:
        agent_type (ApiAgentType | Unset): Agent span Example: AGENT_TYPE_UNSPECIFIED.
        common (ApiSpanCommon | Unset): Common optional fields shared by all span types
        redacted_input (str | Unset):  Example: example string.
        redacted_output (str | Unset):  Example: example string.
        spans (list[ApiTraceSpan] | Unset): Child spans - must contain between 1 and 999 spans
            Allowed types: llm, tool, retriever
    """

    agent_type: ApiAgentType | Unset = UNSET
    common: ApiSpanCommon | Unset = UNSET
    redacted_input: str | Unset = UNSET
    redacted_output: str | Unset = UNSET
    spans: list[ApiTraceSpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_type: str | Unset = UNSET
        if not isinstance(self.agent_type, Unset):
            agent_type = self.agent_type.value

        common: dict[str, Any] | Unset = UNSET
        if not isinstance(self.common, Unset):
            common = self.common.to_dict()

        redacted_input = self.redacted_input

        redacted_output = self.redacted_output

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_type is not UNSET:
            field_dict["agent_type"] = agent_type
        if common is not UNSET:
            field_dict["common"] = common
        if redacted_input is not UNSET:
            field_dict["redacted_input"] = redacted_input
        if redacted_output is not UNSET:
            field_dict["redacted_output"] = redacted_output
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_span_common import ApiSpanCommon
        from ..models.api_trace_span import ApiTraceSpan

        d = dict(src_dict)
        _agent_type = d.pop("agent_type", UNSET)
        agent_type: ApiAgentType | Unset
        if isinstance(_agent_type, Unset):
            agent_type = UNSET
        else:
            agent_type = ApiAgentType(_agent_type)

        _common = d.pop("common", UNSET)
        common: ApiSpanCommon | Unset
        if isinstance(_common, Unset):
            common = UNSET
        else:
            common = ApiSpanCommon.from_dict(_common)

        redacted_input = d.pop("redacted_input", UNSET)

        redacted_output = d.pop("redacted_output", UNSET)

        _spans = d.pop("spans", UNSET)
        spans: list[ApiTraceSpan] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = ApiTraceSpan.from_dict(spans_item_data)

                spans.append(spans_item)

        api_agent_span = cls(
            agent_type=agent_type,
            common=common,
            redacted_input=redacted_input,
            redacted_output=redacted_output,
            spans=spans,
        )

        api_agent_span.additional_properties = d
        return api_agent_span

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
