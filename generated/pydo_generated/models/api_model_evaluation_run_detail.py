from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_candidate_model_source import ApiCandidateModelSource
from ..models.api_model_evaluation_run_status import ApiModelEvaluationRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_candidate_inference_config import ApiCandidateInferenceConfig
    from ..models.api_evaluation_metric import ApiEvaluationMetric
    from ..models.api_model_evaluation_run_progress import ApiModelEvaluationRunProgress
    from ..models.api_model_evaluation_run_result_summary import (
        ApiModelEvaluationRunResultSummary,
    )
    from ..models.api_star_metric import ApiStarMetric


T = TypeVar("T", bound="ApiModelEvaluationRunDetail")


@_attrs_define
class ApiModelEvaluationRunDetail:
    """Model Evaluation Run Detail - full view returned when fetching a specific run.

    Attributes:
        candidate_inference_config (ApiCandidateInferenceConfig | Unset): Inference configuration for the candidate
            model during evaluation.
        candidate_model_name (str | Unset):  Example: example name.
        candidate_model_source (ApiCandidateModelSource | Unset): Whether inference runs against the serverless
            platform, a dedicated deployment, or a model router. Example: CANDIDATE_MODEL_SOURCE_SERVERLESS.
        candidate_model_uuid (str | Unset): Candidate model being evaluated. Example:
            123e4567-e89b-12d3-a456-426614174000.
        completed_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        created_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        dataset_name (str | Unset):  Example: example name.
        dataset_uuid (str | Unset): Dataset used for the evaluation. Example: 123e4567-e89b-12d3-a456-426614174000.
        error_description (str | Unset): Error description if the run failed or partially succeeded. Example: example
            string.
        eval_preset_name (str | Unset):  Example: example name.
        eval_preset_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        eval_run_uuid (str | Unset): UUID of the evaluation run. Example: 123e4567-e89b-12d3-a456-426614174000.
        judge_model_name (str | Unset):  Example: example name.
        judge_model_uuid (str | Unset): Judge model used to score responses. Example:
            123e4567-e89b-12d3-a456-426614174000.
        metrics (list[ApiEvaluationMetric] | Unset): Metrics selected for this evaluation.
        name (str | Unset): Name of the evaluation run. Example: example name.
        progress (ApiModelEvaluationRunProgress | Unset): Per-phase progress for a model evaluation run. The candidate
            phase invokes the
            candidate model once per dataset row; the judge phase scores each
            candidate-success row with the configured metrics. Counts grow as the run
            advances; compare against total_rows to render a progress bar.
        result_summary (ApiModelEvaluationRunResultSummary | Unset): Aggregated result summary for a completed model
            evaluation run.
        star_metric (ApiStarMetric | Unset):
        started_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        status (ApiModelEvaluationRunStatus | Unset): Model Evaluation Run Statuses Example:
            MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED.
    """

    candidate_inference_config: ApiCandidateInferenceConfig | Unset = UNSET
    candidate_model_name: str | Unset = UNSET
    candidate_model_source: ApiCandidateModelSource | Unset = UNSET
    candidate_model_uuid: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_uuid: str | Unset = UNSET
    error_description: str | Unset = UNSET
    eval_preset_name: str | Unset = UNSET
    eval_preset_uuid: str | Unset = UNSET
    eval_run_uuid: str | Unset = UNSET
    judge_model_name: str | Unset = UNSET
    judge_model_uuid: str | Unset = UNSET
    metrics: list[ApiEvaluationMetric] | Unset = UNSET
    name: str | Unset = UNSET
    progress: ApiModelEvaluationRunProgress | Unset = UNSET
    result_summary: ApiModelEvaluationRunResultSummary | Unset = UNSET
    star_metric: ApiStarMetric | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: ApiModelEvaluationRunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_inference_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidate_inference_config, Unset):
            candidate_inference_config = self.candidate_inference_config.to_dict()

        candidate_model_name = self.candidate_model_name

        candidate_model_source: str | Unset = UNSET
        if not isinstance(self.candidate_model_source, Unset):
            candidate_model_source = self.candidate_model_source.value

        candidate_model_uuid = self.candidate_model_uuid

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dataset_name = self.dataset_name

        dataset_uuid = self.dataset_uuid

        error_description = self.error_description

        eval_preset_name = self.eval_preset_name

        eval_preset_uuid = self.eval_preset_uuid

        eval_run_uuid = self.eval_run_uuid

        judge_model_name = self.judge_model_name

        judge_model_uuid = self.judge_model_uuid

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        name = self.name

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        result_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result_summary, Unset):
            result_summary = self.result_summary.to_dict()

        star_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_metric, Unset):
            star_metric = self.star_metric.to_dict()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate_inference_config is not UNSET:
            field_dict["candidate_inference_config"] = candidate_inference_config
        if candidate_model_name is not UNSET:
            field_dict["candidate_model_name"] = candidate_model_name
        if candidate_model_source is not UNSET:
            field_dict["candidate_model_source"] = candidate_model_source
        if candidate_model_uuid is not UNSET:
            field_dict["candidate_model_uuid"] = candidate_model_uuid
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_uuid is not UNSET:
            field_dict["dataset_uuid"] = dataset_uuid
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if eval_preset_name is not UNSET:
            field_dict["eval_preset_name"] = eval_preset_name
        if eval_preset_uuid is not UNSET:
            field_dict["eval_preset_uuid"] = eval_preset_uuid
        if eval_run_uuid is not UNSET:
            field_dict["eval_run_uuid"] = eval_run_uuid
        if judge_model_name is not UNSET:
            field_dict["judge_model_name"] = judge_model_name
        if judge_model_uuid is not UNSET:
            field_dict["judge_model_uuid"] = judge_model_uuid
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name
        if progress is not UNSET:
            field_dict["progress"] = progress
        if result_summary is not UNSET:
            field_dict["result_summary"] = result_summary
        if star_metric is not UNSET:
            field_dict["star_metric"] = star_metric
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_candidate_inference_config import ApiCandidateInferenceConfig
        from ..models.api_evaluation_metric import ApiEvaluationMetric
        from ..models.api_model_evaluation_run_progress import (
            ApiModelEvaluationRunProgress,
        )
        from ..models.api_model_evaluation_run_result_summary import (
            ApiModelEvaluationRunResultSummary,
        )
        from ..models.api_star_metric import ApiStarMetric

        d = dict(src_dict)
        _candidate_inference_config = d.pop("candidate_inference_config", UNSET)
        candidate_inference_config: ApiCandidateInferenceConfig | Unset
        if isinstance(_candidate_inference_config, Unset):
            candidate_inference_config = UNSET
        else:
            candidate_inference_config = ApiCandidateInferenceConfig.from_dict(
                _candidate_inference_config
            )

        candidate_model_name = d.pop("candidate_model_name", UNSET)

        _candidate_model_source = d.pop("candidate_model_source", UNSET)
        candidate_model_source: ApiCandidateModelSource | Unset
        if isinstance(_candidate_model_source, Unset):
            candidate_model_source = UNSET
        else:
            candidate_model_source = ApiCandidateModelSource(_candidate_model_source)

        candidate_model_uuid = d.pop("candidate_model_uuid", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dataset_name = d.pop("dataset_name", UNSET)

        dataset_uuid = d.pop("dataset_uuid", UNSET)

        error_description = d.pop("error_description", UNSET)

        eval_preset_name = d.pop("eval_preset_name", UNSET)

        eval_preset_uuid = d.pop("eval_preset_uuid", UNSET)

        eval_run_uuid = d.pop("eval_run_uuid", UNSET)

        judge_model_name = d.pop("judge_model_name", UNSET)

        judge_model_uuid = d.pop("judge_model_uuid", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[ApiEvaluationMetric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = ApiEvaluationMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        name = d.pop("name", UNSET)

        _progress = d.pop("progress", UNSET)
        progress: ApiModelEvaluationRunProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = ApiModelEvaluationRunProgress.from_dict(_progress)

        _result_summary = d.pop("result_summary", UNSET)
        result_summary: ApiModelEvaluationRunResultSummary | Unset
        if isinstance(_result_summary, Unset):
            result_summary = UNSET
        else:
            result_summary = ApiModelEvaluationRunResultSummary.from_dict(
                _result_summary
            )

        _star_metric = d.pop("star_metric", UNSET)
        star_metric: ApiStarMetric | Unset
        if isinstance(_star_metric, Unset):
            star_metric = UNSET
        else:
            star_metric = ApiStarMetric.from_dict(_star_metric)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: ApiModelEvaluationRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiModelEvaluationRunStatus(_status)

        api_model_evaluation_run_detail = cls(
            candidate_inference_config=candidate_inference_config,
            candidate_model_name=candidate_model_name,
            candidate_model_source=candidate_model_source,
            candidate_model_uuid=candidate_model_uuid,
            completed_at=completed_at,
            created_at=created_at,
            dataset_name=dataset_name,
            dataset_uuid=dataset_uuid,
            error_description=error_description,
            eval_preset_name=eval_preset_name,
            eval_preset_uuid=eval_preset_uuid,
            eval_run_uuid=eval_run_uuid,
            judge_model_name=judge_model_name,
            judge_model_uuid=judge_model_uuid,
            metrics=metrics,
            name=name,
            progress=progress,
            result_summary=result_summary,
            star_metric=star_metric,
            started_at=started_at,
            status=status,
        )

        api_model_evaluation_run_detail.additional_properties = d
        return api_model_evaluation_run_detail

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
