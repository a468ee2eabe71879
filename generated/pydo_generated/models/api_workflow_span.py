from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_span_common import ApiSpanCommon
    from ..models.api_trace_span import ApiTraceSpan


T = TypeVar("T", bound="ApiWorkflowSpan")


@_attrs_define
class ApiWorkflowSpan:
    """Workflow span - can contain child spans (agent, llm, tool, retriever)

    Attributes:
        common (ApiSpanCommon | Unset): Common optional fields shared by all span types
        spans (list[ApiTraceSpan] | Unset): Child spans - must contain between 1 and 999 spans
            Allowed types: agent, llm, tool, retriever (not workflow)
    """

    common: ApiSpanCommon | Unset = UNSET
    spans: list[ApiTraceSpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        common: dict[str, Any] | Unset = UNSET
        if not isinstance(self.common, Unset):
            common = self.common.to_dict()

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common is not UNSET:
            field_dict["common"] = common
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_span_common import ApiSpanCommon
        from ..models.api_trace_span import ApiTraceSpan

        d = dict(src_dict)
        _common = d.pop("common", UNSET)
        common: ApiSpanCommon | Unset
        if isinstance(_common, Unset):
            common = UNSET
        else:
            common = ApiSpanCommon.from_dict(_common)

        _spans = d.pop("spans", UNSET)
        spans: list[ApiTraceSpan] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = ApiTraceSpan.from_dict(spans_item_data)

                spans.append(spans_item)

        api_workflow_span = cls(
            common=common,
            spans=spans,
        )

        api_workflow_span.additional_properties = d
        return api_workflow_span

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
