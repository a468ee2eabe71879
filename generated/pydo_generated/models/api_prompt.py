from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult
    from ..models.api_evaluation_trace_span import ApiEvaluationTraceSpan
    from ..models.api_prompt_chunk import ApiPromptChunk


T = TypeVar("T", bound="ApiPrompt")


@_attrs_define
class ApiPrompt:
    """
    Attributes:
        evaluation_trace_spans (list[ApiEvaluationTraceSpan] | Unset): The evaluated trace spans.
        ground_truth (str | Unset): The ground truth for the prompt. Example: example string.
        input_ (str | Unset):  Example: example string.
        input_tokens (str | Unset): The number of input tokens used in the prompt. Example: 12345.
        output (str | Unset):  Example: example string.
        output_tokens (str | Unset): The number of output tokens used in the prompt. Example: 12345.
        prompt_chunks (list[ApiPromptChunk] | Unset): The list of prompt chunks.
        prompt_id (int | Unset): Prompt ID Example: 123.
        prompt_level_metric_results (list[ApiEvaluationMetricResult] | Unset): The metric results for the prompt.
        trace_id (str | Unset): The trace id for the prompt. Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    evaluation_trace_spans: list[ApiEvaluationTraceSpan] | Unset = UNSET
    ground_truth: str | Unset = UNSET
    input_: str | Unset = UNSET
    input_tokens: str | Unset = UNSET
    output: str | Unset = UNSET
    output_tokens: str | Unset = UNSET
    prompt_chunks: list[ApiPromptChunk] | Unset = UNSET
    prompt_id: int | Unset = UNSET
    prompt_level_metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_trace_spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_trace_spans, Unset):
            evaluation_trace_spans = []
            for evaluation_trace_spans_item_data in self.evaluation_trace_spans:
                evaluation_trace_spans_item = evaluation_trace_spans_item_data.to_dict()
                evaluation_trace_spans.append(evaluation_trace_spans_item)

        ground_truth = self.ground_truth

        input_ = self.input_

        input_tokens = self.input_tokens

        output = self.output

        output_tokens = self.output_tokens

        prompt_chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompt_chunks, Unset):
            prompt_chunks = []
            for prompt_chunks_item_data in self.prompt_chunks:
                prompt_chunks_item = prompt_chunks_item_data.to_dict()
                prompt_chunks.append(prompt_chunks_item)

        prompt_id = self.prompt_id

        prompt_level_metric_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompt_level_metric_results, Unset):
            prompt_level_metric_results = []
            for (
                prompt_level_metric_results_item_data
            ) in self.prompt_level_metric_results:
                prompt_level_metric_results_item = (
                    prompt_level_metric_results_item_data.to_dict()
                )
                prompt_level_metric_results.append(prompt_level_metric_results_item)

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_trace_spans is not UNSET:
            field_dict["evaluation_trace_spans"] = evaluation_trace_spans
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth
        if input_ is not UNSET:
            field_dict["input"] = input_
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output is not UNSET:
            field_dict["output"] = output
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if prompt_chunks is not UNSET:
            field_dict["prompt_chunks"] = prompt_chunks
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if prompt_level_metric_results is not UNSET:
            field_dict["prompt_level_metric_results"] = prompt_level_metric_results
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult
        from ..models.api_evaluation_trace_span import ApiEvaluationTraceSpan
        from ..models.api_prompt_chunk import ApiPromptChunk

        d = dict(src_dict)
        _evaluation_trace_spans = d.pop("evaluation_trace_spans", UNSET)
        evaluation_trace_spans: list[ApiEvaluationTraceSpan] | Unset = UNSET
        if _evaluation_trace_spans is not UNSET:
            evaluation_trace_spans = []
            for evaluation_trace_spans_item_data in _evaluation_trace_spans:
                evaluation_trace_spans_item = ApiEvaluationTraceSpan.from_dict(
                    evaluation_trace_spans_item_data
                )

                evaluation_trace_spans.append(evaluation_trace_spans_item)

        ground_truth = d.pop("ground_truth", UNSET)

        input_ = d.pop("input", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output = d.pop("output", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        _prompt_chunks = d.pop("prompt_chunks", UNSET)
        prompt_chunks: list[ApiPromptChunk] | Unset = UNSET
        if _prompt_chunks is not UNSET:
            prompt_chunks = []
            for prompt_chunks_item_data in _prompt_chunks:
                prompt_chunks_item = ApiPromptChunk.from_dict(prompt_chunks_item_data)

                prompt_chunks.append(prompt_chunks_item)

        prompt_id = d.pop("prompt_id", UNSET)

        _prompt_level_metric_results = d.pop("prompt_level_metric_results", UNSET)
        prompt_level_metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
        if _prompt_level_metric_results is not UNSET:
            prompt_level_metric_results = []
            for prompt_level_metric_results_item_data in _prompt_level_metric_results:
                prompt_level_metric_results_item = ApiEvaluationMetricResult.from_dict(
                    prompt_level_metric_results_item_data
                )

                prompt_level_metric_results.append(prompt_level_metric_results_item)

        trace_id = d.pop("trace_id", UNSET)

        api_prompt = cls(
            evaluation_trace_spans=evaluation_trace_spans,
            ground_truth=ground_truth,
            input_=input_,
            input_tokens=input_tokens,
            output=output,
            output_tokens=output_tokens,
            prompt_chunks=prompt_chunks,
            prompt_id=prompt_id,
            prompt_level_metric_results=prompt_level_metric_results,
            trace_id=trace_id,
        )

        api_prompt.additional_properties = d
        return api_prompt

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
