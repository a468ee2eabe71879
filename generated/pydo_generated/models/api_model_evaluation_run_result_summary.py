from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_pricing import ApiEvaluationPricing
    from ..models.api_metric_result_summary import ApiMetricResultSummary
    from ..models.api_per_model_result_summaries import ApiPerModelResultSummaries
    from ..models.api_per_task_result_summaries import ApiPerTaskResultSummaries
    from ..models.api_performance_metrics import ApiPerformanceMetrics
    from ..models.api_star_metric_summary import ApiStarMetricSummary


T = TypeVar("T", bound="ApiModelEvaluationRunResultSummary")


@_attrs_define
class ApiModelEvaluationRunResultSummary:
    """Aggregated result summary for a completed model evaluation run.

    Attributes:
        end_time (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        metric_summaries (list[ApiMetricResultSummary] | Unset): Per-metric aggregated pass/fail statistics.
        overall_score_percent (float | Unset):  Example: 123.
        per_model_summaries (ApiPerModelResultSummaries | Unset): Per-model breakdown of an evaluation run. Set on
            router evaluations to
            show how each underlying model performed across the prompts that were
            routed to it.
        per_task_summaries (ApiPerTaskResultSummaries | Unset): Per-task breakdown of an evaluation run. Set on router
            evaluations to
            show how each routing task category performed across the prompts that
            were classified into it.
        performance_metrics (ApiPerformanceMetrics | Unset): All performance metrics are for the candidate model unless
            noted otherwise.
        pricing (ApiEvaluationPricing | Unset): Pricing breakdown for an evaluation run.
        star_metric_summary (ApiStarMetricSummary | Unset): Star metric summary with identifying details and threshold.
        start_time (datetime.datetime | Unset): Run timing. Example: 2023-01-01T00:00:00Z.
        total_duration_seconds (int | Unset): Total wall-clock duration in seconds. Example: 123.
    """

    end_time: datetime.datetime | Unset = UNSET
    metric_summaries: list[ApiMetricResultSummary] | Unset = UNSET
    overall_score_percent: float | Unset = UNSET
    per_model_summaries: ApiPerModelResultSummaries | Unset = UNSET
    per_task_summaries: ApiPerTaskResultSummaries | Unset = UNSET
    performance_metrics: ApiPerformanceMetrics | Unset = UNSET
    pricing: ApiEvaluationPricing | Unset = UNSET
    star_metric_summary: ApiStarMetricSummary | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    total_duration_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        metric_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_summaries, Unset):
            metric_summaries = []
            for metric_summaries_item_data in self.metric_summaries:
                metric_summaries_item = metric_summaries_item_data.to_dict()
                metric_summaries.append(metric_summaries_item)

        overall_score_percent = self.overall_score_percent

        per_model_summaries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_model_summaries, Unset):
            per_model_summaries = self.per_model_summaries.to_dict()

        per_task_summaries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_task_summaries, Unset):
            per_task_summaries = self.per_task_summaries.to_dict()

        performance_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance_metrics, Unset):
            performance_metrics = self.performance_metrics.to_dict()

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        star_metric_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_metric_summary, Unset):
            star_metric_summary = self.star_metric_summary.to_dict()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        total_duration_seconds = self.total_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if metric_summaries is not UNSET:
            field_dict["metric_summaries"] = metric_summaries
        if overall_score_percent is not UNSET:
            field_dict["overall_score_percent"] = overall_score_percent
        if per_model_summaries is not UNSET:
            field_dict["per_model_summaries"] = per_model_summaries
        if per_task_summaries is not UNSET:
            field_dict["per_task_summaries"] = per_task_summaries
        if performance_metrics is not UNSET:
            field_dict["performance_metrics"] = performance_metrics
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if star_metric_summary is not UNSET:
            field_dict["star_metric_summary"] = star_metric_summary
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if total_duration_seconds is not UNSET:
            field_dict["total_duration_seconds"] = total_duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_pricing import ApiEvaluationPricing
        from ..models.api_metric_result_summary import ApiMetricResultSummary
        from ..models.api_per_model_result_summaries import ApiPerModelResultSummaries
        from ..models.api_per_task_result_summaries import ApiPerTaskResultSummaries
        from ..models.api_performance_metrics import ApiPerformanceMetrics
        from ..models.api_star_metric_summary import ApiStarMetricSummary

        d = dict(src_dict)
        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _metric_summaries = d.pop("metric_summaries", UNSET)
        metric_summaries: list[ApiMetricResultSummary] | Unset = UNSET
        if _metric_summaries is not UNSET:
            metric_summaries = []
            for metric_summaries_item_data in _metric_summaries:
                metric_summaries_item = ApiMetricResultSummary.from_dict(
                    metric_summaries_item_data
                )

                metric_summaries.append(metric_summaries_item)

        overall_score_percent = d.pop("overall_score_percent", UNSET)

        _per_model_summaries = d.pop("per_model_summaries", UNSET)
        per_model_summaries: ApiPerModelResultSummaries | Unset
        if isinstance(_per_model_summaries, Unset):
            per_model_summaries = UNSET
        else:
            per_model_summaries = ApiPerModelResultSummaries.from_dict(
                _per_model_summaries
            )

        _per_task_summaries = d.pop("per_task_summaries", UNSET)
        per_task_summaries: ApiPerTaskResultSummaries | Unset
        if isinstance(_per_task_summaries, Unset):
            per_task_summaries = UNSET
        else:
            per_task_summaries = ApiPerTaskResultSummaries.from_dict(
                _per_task_summaries
            )

        _performance_metrics = d.pop("performance_metrics", UNSET)
        performance_metrics: ApiPerformanceMetrics | Unset
        if isinstance(_performance_metrics, Unset):
            performance_metrics = UNSET
        else:
            performance_metrics = ApiPerformanceMetrics.from_dict(_performance_metrics)

        _pricing = d.pop("pricing", UNSET)
        pricing: ApiEvaluationPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = ApiEvaluationPricing.from_dict(_pricing)

        _star_metric_summary = d.pop("star_metric_summary", UNSET)
        star_metric_summary: ApiStarMetricSummary | Unset
        if isinstance(_star_metric_summary, Unset):
            star_metric_summary = UNSET
        else:
            star_metric_summary = ApiStarMetricSummary.from_dict(_star_metric_summary)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        total_duration_seconds = d.pop("total_duration_seconds", UNSET)

        api_model_evaluation_run_result_summary = cls(
            end_time=end_time,
            metric_summaries=metric_summaries,
            overall_score_percent=overall_score_percent,
            per_model_summaries=per_model_summaries,
            per_task_summaries=per_task_summaries,
            performance_metrics=performance_metrics,
            pricing=pricing,
            star_metric_summary=star_metric_summary,
            start_time=start_time,
            total_duration_seconds=total_duration_seconds,
        )

        api_model_evaluation_run_result_summary.additional_properties = d
        return api_model_evaluation_run_result_summary

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
