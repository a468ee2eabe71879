from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_trace_span_type import ApiTraceSpanType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult
    from ..models.api_evaluation_trace_span_input import ApiEvaluationTraceSpanInput
    from ..models.api_evaluation_trace_span_output import ApiEvaluationTraceSpanOutput
    from ..models.api_prompt_chunk import ApiPromptChunk
    from ..models.api_trace_span import ApiTraceSpan


T = TypeVar("T", bound="ApiEvaluationTraceSpan")


@_attrs_define
class ApiEvaluationTraceSpan:
    """Represents a span within an evaluatioin trace (e.g., LLM call, tool call, etc.)

    Attributes:
        created_at (datetime.datetime | Unset): When the span was created Example: 2023-01-01T00:00:00Z.
        input_ (ApiEvaluationTraceSpanInput | Unset): Input data for the span (flexible structure - can be messages
            array, string, etc.)
        name (str | Unset): Name/identifier for the span Example: example name.
        output (ApiEvaluationTraceSpanOutput | Unset): Output data from the span (flexible structure - can be message,
            string, etc.)
        retriever_chunks (list[ApiPromptChunk] | Unset): Any retriever span chunks that were included as part of the
            span.
        span_level_metric_results (list[ApiEvaluationMetricResult] | Unset): The span-level metric results.
        spans (list[ApiTraceSpan] | Unset): Child spans - must contain between 1 and 999 spans
            Allowed types: agent, llm, tool, retriever (not workflow)
        type_ (ApiTraceSpanType | Unset): Types of spans in a trace Example: TRACE_SPAN_TYPE_UNKNOWN.
    """

    created_at: datetime.datetime | Unset = UNSET
    input_: ApiEvaluationTraceSpanInput | Unset = UNSET
    name: str | Unset = UNSET
    output: ApiEvaluationTraceSpanOutput | Unset = UNSET
    retriever_chunks: list[ApiPromptChunk] | Unset = UNSET
    span_level_metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
    spans: list[ApiTraceSpan] | Unset = UNSET
    type_: ApiTraceSpanType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        name = self.name

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        retriever_chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retriever_chunks, Unset):
            retriever_chunks = []
            for retriever_chunks_item_data in self.retriever_chunks:
                retriever_chunks_item = retriever_chunks_item_data.to_dict()
                retriever_chunks.append(retriever_chunks_item)

        span_level_metric_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.span_level_metric_results, Unset):
            span_level_metric_results = []
            for span_level_metric_results_item_data in self.span_level_metric_results:
                span_level_metric_results_item = (
                    span_level_metric_results_item_data.to_dict()
                )
                span_level_metric_results.append(span_level_metric_results_item)

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if input_ is not UNSET:
            field_dict["input"] = input_
        if name is not UNSET:
            field_dict["name"] = name
        if output is not UNSET:
            field_dict["output"] = output
        if retriever_chunks is not UNSET:
            field_dict["retriever_chunks"] = retriever_chunks
        if span_level_metric_results is not UNSET:
            field_dict["span_level_metric_results"] = span_level_metric_results
        if spans is not UNSET:
            field_dict["spans"] = spans
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult
        from ..models.api_evaluation_trace_span_input import ApiEvaluationTraceSpanInput
        from ..models.api_evaluation_trace_span_output import (
            ApiEvaluationTraceSpanOutput,
        )
        from ..models.api_prompt_chunk import ApiPromptChunk
        from ..models.api_trace_span import ApiTraceSpan

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _input_ = d.pop("input", UNSET)
        input_: ApiEvaluationTraceSpanInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ApiEvaluationTraceSpanInput.from_dict(_input_)

        name = d.pop("name", UNSET)

        _output = d.pop("output", UNSET)
        output: ApiEvaluationTraceSpanOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = ApiEvaluationTraceSpanOutput.from_dict(_output)

        _retriever_chunks = d.pop("retriever_chunks", UNSET)
        retriever_chunks: list[ApiPromptChunk] | Unset = UNSET
        if _retriever_chunks is not UNSET:
            retriever_chunks = []
            for retriever_chunks_item_data in _retriever_chunks:
                retriever_chunks_item = ApiPromptChunk.from_dict(
                    retriever_chunks_item_data
                )

                retriever_chunks.append(retriever_chunks_item)

        _span_level_metric_results = d.pop("span_level_metric_results", UNSET)
        span_level_metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
        if _span_level_metric_results is not UNSET:
            span_level_metric_results = []
            for span_level_metric_results_item_data in _span_level_metric_results:
                span_level_metric_results_item = ApiEvaluationMetricResult.from_dict(
                    span_level_metric_results_item_data
                )

                span_level_metric_results.append(span_level_metric_results_item)

        _spans = d.pop("spans", UNSET)
        spans: list[ApiTraceSpan] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = ApiTraceSpan.from_dict(spans_item_data)

                spans.append(spans_item)

        _type_ = d.pop("type", UNSET)
        type_: ApiTraceSpanType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApiTraceSpanType(_type_)

        api_evaluation_trace_span = cls(
            created_at=created_at,
            input_=input_,
            name=name,
            output=output,
            retriever_chunks=retriever_chunks,
            span_level_metric_results=span_level_metric_results,
            spans=spans,
            type_=type_,
        )

        api_evaluation_trace_span.additional_properties = d
        return api_evaluation_trace_span

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
