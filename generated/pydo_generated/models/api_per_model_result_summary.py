from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_metric_result_summary import ApiMetricResultSummary
    from ..models.api_performance_metrics import ApiPerformanceMetrics


T = TypeVar("T", bound="ApiPerModelResultSummary")


@_attrs_define
class ApiPerModelResultSummary:
    """Aggregated evaluation results for a single underlying model in a router
    evaluation run.

        Attributes:
            metric_summaries (list[ApiMetricResultSummary] | Unset): Pass/fail rate for each metric, computed over only the
                prompts
                routed to this model.
            model_name (str | Unset): The underlying model these results are for, such as
                `Llama 3.3 Instruct (70B)`. Example: example name.
            performance_metrics (ApiPerformanceMetrics | Unset): All performance metrics are for the candidate model unless
                noted otherwise.
            prompt_count (int | Unset): Number of prompts in the run that were routed to this model. Example: 123.
    """

    metric_summaries: list[ApiMetricResultSummary] | Unset = UNSET
    model_name: str | Unset = UNSET
    performance_metrics: ApiPerformanceMetrics | Unset = UNSET
    prompt_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_summaries, Unset):
            metric_summaries = []
            for metric_summaries_item_data in self.metric_summaries:
                metric_summaries_item = metric_summaries_item_data.to_dict()
                metric_summaries.append(metric_summaries_item)

        model_name = self.model_name

        performance_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance_metrics, Unset):
            performance_metrics = self.performance_metrics.to_dict()

        prompt_count = self.prompt_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_summaries is not UNSET:
            field_dict["metric_summaries"] = metric_summaries
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if performance_metrics is not UNSET:
            field_dict["performance_metrics"] = performance_metrics
        if prompt_count is not UNSET:
            field_dict["prompt_count"] = prompt_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_metric_result_summary import ApiMetricResultSummary
        from ..models.api_performance_metrics import ApiPerformanceMetrics

        d = dict(src_dict)
        _metric_summaries = d.pop("metric_summaries", UNSET)
        metric_summaries: list[ApiMetricResultSummary] | Unset = UNSET
        if _metric_summaries is not UNSET:
            metric_summaries = []
            for metric_summaries_item_data in _metric_summaries:
                metric_summaries_item = ApiMetricResultSummary.from_dict(
                    metric_summaries_item_data
                )

                metric_summaries.append(metric_summaries_item)

        model_name = d.pop("model_name", UNSET)

        _performance_metrics = d.pop("performance_metrics", UNSET)
        performance_metrics: ApiPerformanceMetrics | Unset
        if isinstance(_performance_metrics, Unset):
            performance_metrics = UNSET
        else:
            performance_metrics = ApiPerformanceMetrics.from_dict(_performance_metrics)

        prompt_count = d.pop("prompt_count", UNSET)

        api_per_model_result_summary = cls(
            metric_summaries=metric_summaries,
            model_name=model_name,
            performance_metrics=performance_metrics,
            prompt_count=prompt_count,
        )

        api_per_model_result_summary.additional_properties = d
        return api_per_model_result_summary

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
