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
    from ..models.api_model_evaluation_run_progress import ApiModelEvaluationRunProgress


T = TypeVar("T", bound="ApiModelEvaluationRunSummary")


@_attrs_define
class ApiModelEvaluationRunSummary:
    """Model Evaluation Run Summary - lightweight view used in run history list.

    Attributes:
        candidate_model_name (str | Unset): Name of the candidate model being evaluated. Example: example name.
        candidate_model_source (ApiCandidateModelSource | Unset): Whether inference runs against the serverless
            platform, a dedicated deployment, or a model router. Example: CANDIDATE_MODEL_SOURCE_SERVERLESS.
        candidate_model_uuid (str | Unset): UUID of the candidate model being evaluated. Example:
            123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime | Unset): Timestamp when the run was created. Example: 2023-01-01T00:00:00Z.
        dataset_name (str | Unset): Name of the dataset used for evaluation. Example: example name.
        dataset_uuid (str | Unset): UUID of the dataset used for evaluation. Example:
            123e4567-e89b-12d3-a456-426614174000.
        eval_run_uuid (str | Unset): UUID of the evaluation run. Example: 123e4567-e89b-12d3-a456-426614174000.
        judge_model_name (str | Unset):  Example: example name.
        judge_model_uuid (str | Unset): Judge model used to score responses. Example:
            123e4567-e89b-12d3-a456-426614174000.
        name (str | Unset): Name of the evaluation run. Example: example name.
        progress (ApiModelEvaluationRunProgress | Unset): Per-phase progress for a model evaluation run. The candidate
            phase invokes the
            candidate model once per dataset row; the judge phase scores each
            candidate-success row with the configured metrics. Counts grow as the run
            advances; compare against total_rows to render a progress bar.
        status (ApiModelEvaluationRunStatus | Unset): Model Evaluation Run Statuses Example:
            MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED.
    """

    candidate_model_name: str | Unset = UNSET
    candidate_model_source: ApiCandidateModelSource | Unset = UNSET
    candidate_model_uuid: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_uuid: str | Unset = UNSET
    eval_run_uuid: str | Unset = UNSET
    judge_model_name: str | Unset = UNSET
    judge_model_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    progress: ApiModelEvaluationRunProgress | Unset = UNSET
    status: ApiModelEvaluationRunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_model_name = self.candidate_model_name

        candidate_model_source: str | Unset = UNSET
        if not isinstance(self.candidate_model_source, Unset):
            candidate_model_source = self.candidate_model_source.value

        candidate_model_uuid = self.candidate_model_uuid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dataset_name = self.dataset_name

        dataset_uuid = self.dataset_uuid

        eval_run_uuid = self.eval_run_uuid

        judge_model_name = self.judge_model_name

        judge_model_uuid = self.judge_model_uuid

        name = self.name

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate_model_name is not UNSET:
            field_dict["candidate_model_name"] = candidate_model_name
        if candidate_model_source is not UNSET:
            field_dict["candidate_model_source"] = candidate_model_source
        if candidate_model_uuid is not UNSET:
            field_dict["candidate_model_uuid"] = candidate_model_uuid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_uuid is not UNSET:
            field_dict["dataset_uuid"] = dataset_uuid
        if eval_run_uuid is not UNSET:
            field_dict["eval_run_uuid"] = eval_run_uuid
        if judge_model_name is not UNSET:
            field_dict["judge_model_name"] = judge_model_name
        if judge_model_uuid is not UNSET:
            field_dict["judge_model_uuid"] = judge_model_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if progress is not UNSET:
            field_dict["progress"] = progress
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_evaluation_run_progress import (
            ApiModelEvaluationRunProgress,
        )

        d = dict(src_dict)
        candidate_model_name = d.pop("candidate_model_name", UNSET)

        _candidate_model_source = d.pop("candidate_model_source", UNSET)
        candidate_model_source: ApiCandidateModelSource | Unset
        if isinstance(_candidate_model_source, Unset):
            candidate_model_source = UNSET
        else:
            candidate_model_source = ApiCandidateModelSource(_candidate_model_source)

        candidate_model_uuid = d.pop("candidate_model_uuid", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dataset_name = d.pop("dataset_name", UNSET)

        dataset_uuid = d.pop("dataset_uuid", UNSET)

        eval_run_uuid = d.pop("eval_run_uuid", UNSET)

        judge_model_name = d.pop("judge_model_name", UNSET)

        judge_model_uuid = d.pop("judge_model_uuid", UNSET)

        name = d.pop("name", UNSET)

        _progress = d.pop("progress", UNSET)
        progress: ApiModelEvaluationRunProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = ApiModelEvaluationRunProgress.from_dict(_progress)

        _status = d.pop("status", UNSET)
        status: ApiModelEvaluationRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiModelEvaluationRunStatus(_status)

        api_model_evaluation_run_summary = cls(
            candidate_model_name=candidate_model_name,
            candidate_model_source=candidate_model_source,
            candidate_model_uuid=candidate_model_uuid,
            created_at=created_at,
            dataset_name=dataset_name,
            dataset_uuid=dataset_uuid,
            eval_run_uuid=eval_run_uuid,
            judge_model_name=judge_model_name,
            judge_model_uuid=judge_model_uuid,
            name=name,
            progress=progress,
            status=status,
        )

        api_model_evaluation_run_summary.additional_properties = d
        return api_model_evaluation_run_summary

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
