from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_metric_result_summary import ApiMetricResultSummary
    from ..models.api_performance_metrics import ApiPerformanceMetrics


T = TypeVar("T", bound="ApiPerTaskResultSummary")


@_attrs_define
class ApiPerTaskResultSummary:
    """Aggregated evaluation results for a single routing task category in a
    router evaluation run.

        Attributes:
            metric_summaries (list[ApiMetricResultSummary] | Unset): Pass/fail rate for each metric, computed over only the
                prompts in
                this task category.
            performance_metrics (ApiPerformanceMetrics | Unset): All performance metrics are for the candidate model unless
                noted otherwise.
            prompt_count (int | Unset): Number of prompts in the run that were classified into this task
                category. Example: 123.
            task_name (str | Unset): The routing task category these results are for, such as
                `Coding & brainstorming` or `Summarization`. Example: example name.
    """

    metric_summaries: list[ApiMetricResultSummary] | Unset = UNSET
    performance_metrics: ApiPerformanceMetrics | Unset = UNSET
    prompt_count: int | Unset = UNSET
    task_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_summaries, Unset):
            metric_summaries = []
            for metric_summaries_item_data in self.metric_summaries:
                metric_summaries_item = metric_summaries_item_data.to_dict()
                metric_summaries.append(metric_summaries_item)

        performance_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance_metrics, Unset):
            performance_metrics = self.performance_metrics.to_dict()

        prompt_count = self.prompt_count

        task_name = self.task_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_summaries is not UNSET:
            field_dict["metric_summaries"] = metric_summaries
        if performance_metrics is not UNSET:
            field_dict["performance_metrics"] = performance_metrics
        if prompt_count is not UNSET:
            field_dict["prompt_count"] = prompt_count
        if task_name is not UNSET:
            field_dict["task_name"] = task_name

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

        _performance_metrics = d.pop("performance_metrics", UNSET)
        performance_metrics: ApiPerformanceMetrics | Unset
        if isinstance(_performance_metrics, Unset):
            performance_metrics = UNSET
        else:
            performance_metrics = ApiPerformanceMetrics.from_dict(_performance_metrics)

        prompt_count = d.pop("prompt_count", UNSET)

        task_name = d.pop("task_name", UNSET)

        api_per_task_result_summary = cls(
            metric_summaries=metric_summaries,
            performance_metrics=performance_metrics,
            prompt_count=prompt_count,
            task_name=task_name,
        )

        api_per_task_result_summary.additional_properties = d
        return api_per_task_result_summary

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
