from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_evaluation_run_status import ApiEvaluationRunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult


T = TypeVar("T", bound="ApiEvaluationRun")


@_attrs_define
class ApiEvaluationRun:
    """
    Attributes:
        agent_deleted (bool | Unset): Whether agent is deleted Example: True.
        agent_deployment_name (str | Unset): The agent deployment name Example: example name.
        agent_name (str | Unset): Agent name Example: example name.
        agent_uuid (str | Unset): Agent UUID. Example: 123e4567-e89b-12d3-a456-426614174000.
        agent_version_hash (str | Unset): Version hash Example: example string.
        agent_workspace_uuid (str | Unset): Agent workspace uuid Example: 123e4567-e89b-12d3-a456-426614174000.
        created_by_user_email (str | Unset):  Example: example@example.com.
        created_by_user_id (str | Unset):  Example: 12345.
        error_description (str | Unset): The error description Example: example string.
        evaluation_run_uuid (str | Unset): Evaluation run UUID. Example: 123e4567-e89b-12d3-a456-426614174000.
        evaluation_test_case_workspace_uuid (str | Unset): Evaluation test case workspace uuid Example:
            123e4567-e89b-12d3-a456-426614174000.
        finished_at (datetime.datetime | Unset): Run end time. Example: 2023-01-01T00:00:00Z.
        pass_status (bool | Unset): The pass status of the evaluation run based on the star metric. Example: True.
        queued_at (datetime.datetime | Unset): Run queued time. Example: 2023-01-01T00:00:00Z.
        run_level_metric_results (list[ApiEvaluationMetricResult] | Unset):
        run_name (str | Unset): Run name. Example: example name.
        star_metric_result (ApiEvaluationMetricResult | Unset):
        started_at (datetime.datetime | Unset): Run start time. Example: 2023-01-01T00:00:00Z.
        status (ApiEvaluationRunStatus | Unset): Evaluation Run Statuses Example: EVALUATION_RUN_STATUS_UNSPECIFIED.
        test_case_description (str | Unset): Test case description. Example: example string.
        test_case_name (str | Unset): Test case name. Example: example name.
        test_case_uuid (str | Unset): Test-case UUID. Example: 123e4567-e89b-12d3-a456-426614174000.
        test_case_version (int | Unset): Test-case-version. Example: 123.
    """

    agent_deleted: bool | Unset = UNSET
    agent_deployment_name: str | Unset = UNSET
    agent_name: str | Unset = UNSET
    agent_uuid: str | Unset = UNSET
    agent_version_hash: str | Unset = UNSET
    agent_workspace_uuid: str | Unset = UNSET
    created_by_user_email: str | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    error_description: str | Unset = UNSET
    evaluation_run_uuid: str | Unset = UNSET
    evaluation_test_case_workspace_uuid: str | Unset = UNSET
    finished_at: datetime.datetime | Unset = UNSET
    pass_status: bool | Unset = UNSET
    queued_at: datetime.datetime | Unset = UNSET
    run_level_metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
    run_name: str | Unset = UNSET
    star_metric_result: ApiEvaluationMetricResult | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: ApiEvaluationRunStatus | Unset = UNSET
    test_case_description: str | Unset = UNSET
    test_case_name: str | Unset = UNSET
    test_case_uuid: str | Unset = UNSET
    test_case_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_deleted = self.agent_deleted

        agent_deployment_name = self.agent_deployment_name

        agent_name = self.agent_name

        agent_uuid = self.agent_uuid

        agent_version_hash = self.agent_version_hash

        agent_workspace_uuid = self.agent_workspace_uuid

        created_by_user_email = self.created_by_user_email

        created_by_user_id = self.created_by_user_id

        error_description = self.error_description

        evaluation_run_uuid = self.evaluation_run_uuid

        evaluation_test_case_workspace_uuid = self.evaluation_test_case_workspace_uuid

        finished_at: str | Unset = UNSET
        if not isinstance(self.finished_at, Unset):
            finished_at = self.finished_at.isoformat()

        pass_status = self.pass_status

        queued_at: str | Unset = UNSET
        if not isinstance(self.queued_at, Unset):
            queued_at = self.queued_at.isoformat()

        run_level_metric_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.run_level_metric_results, Unset):
            run_level_metric_results = []
            for run_level_metric_results_item_data in self.run_level_metric_results:
                run_level_metric_results_item = (
                    run_level_metric_results_item_data.to_dict()
                )
                run_level_metric_results.append(run_level_metric_results_item)

        run_name = self.run_name

        star_metric_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_metric_result, Unset):
            star_metric_result = self.star_metric_result.to_dict()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        test_case_description = self.test_case_description

        test_case_name = self.test_case_name

        test_case_uuid = self.test_case_uuid

        test_case_version = self.test_case_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_deleted is not UNSET:
            field_dict["agent_deleted"] = agent_deleted
        if agent_deployment_name is not UNSET:
            field_dict["agent_deployment_name"] = agent_deployment_name
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if agent_version_hash is not UNSET:
            field_dict["agent_version_hash"] = agent_version_hash
        if agent_workspace_uuid is not UNSET:
            field_dict["agent_workspace_uuid"] = agent_workspace_uuid
        if created_by_user_email is not UNSET:
            field_dict["created_by_user_email"] = created_by_user_email
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if evaluation_run_uuid is not UNSET:
            field_dict["evaluation_run_uuid"] = evaluation_run_uuid
        if evaluation_test_case_workspace_uuid is not UNSET:
            field_dict["evaluation_test_case_workspace_uuid"] = (
                evaluation_test_case_workspace_uuid
            )
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if pass_status is not UNSET:
            field_dict["pass_status"] = pass_status
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if run_level_metric_results is not UNSET:
            field_dict["run_level_metric_results"] = run_level_metric_results
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if star_metric_result is not UNSET:
            field_dict["star_metric_result"] = star_metric_result
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if test_case_description is not UNSET:
            field_dict["test_case_description"] = test_case_description
        if test_case_name is not UNSET:
            field_dict["test_case_name"] = test_case_name
        if test_case_uuid is not UNSET:
            field_dict["test_case_uuid"] = test_case_uuid
        if test_case_version is not UNSET:
            field_dict["test_case_version"] = test_case_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult

        d = dict(src_dict)
        agent_deleted = d.pop("agent_deleted", UNSET)

        agent_deployment_name = d.pop("agent_deployment_name", UNSET)

        agent_name = d.pop("agent_name", UNSET)

        agent_uuid = d.pop("agent_uuid", UNSET)

        agent_version_hash = d.pop("agent_version_hash", UNSET)

        agent_workspace_uuid = d.pop("agent_workspace_uuid", UNSET)

        created_by_user_email = d.pop("created_by_user_email", UNSET)

        created_by_user_id = d.pop("created_by_user_id", UNSET)

        error_description = d.pop("error_description", UNSET)

        evaluation_run_uuid = d.pop("evaluation_run_uuid", UNSET)

        evaluation_test_case_workspace_uuid = d.pop(
            "evaluation_test_case_workspace_uuid", UNSET
        )

        _finished_at = d.pop("finished_at", UNSET)
        finished_at: datetime.datetime | Unset
        if isinstance(_finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = datetime.datetime.fromisoformat(_finished_at)

        pass_status = d.pop("pass_status", UNSET)

        _queued_at = d.pop("queued_at", UNSET)
        queued_at: datetime.datetime | Unset
        if isinstance(_queued_at, Unset):
            queued_at = UNSET
        else:
            queued_at = datetime.datetime.fromisoformat(_queued_at)

        _run_level_metric_results = d.pop("run_level_metric_results", UNSET)
        run_level_metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
        if _run_level_metric_results is not UNSET:
            run_level_metric_results = []
            for run_level_metric_results_item_data in _run_level_metric_results:
                run_level_metric_results_item = ApiEvaluationMetricResult.from_dict(
                    run_level_metric_results_item_data
                )

                run_level_metric_results.append(run_level_metric_results_item)

        run_name = d.pop("run_name", UNSET)

        _star_metric_result = d.pop("star_metric_result", UNSET)
        star_metric_result: ApiEvaluationMetricResult | Unset
        if isinstance(_star_metric_result, Unset):
            star_metric_result = UNSET
        else:
            star_metric_result = ApiEvaluationMetricResult.from_dict(
                _star_metric_result
            )

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: ApiEvaluationRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiEvaluationRunStatus(_status)

        test_case_description = d.pop("test_case_description", UNSET)

        test_case_name = d.pop("test_case_name", UNSET)

        test_case_uuid = d.pop("test_case_uuid", UNSET)

        test_case_version = d.pop("test_case_version", UNSET)

        api_evaluation_run = cls(
            agent_deleted=agent_deleted,
            agent_deployment_name=agent_deployment_name,
            agent_name=agent_name,
            agent_uuid=agent_uuid,
            agent_version_hash=agent_version_hash,
            agent_workspace_uuid=agent_workspace_uuid,
            created_by_user_email=created_by_user_email,
            created_by_user_id=created_by_user_id,
            error_description=error_description,
            evaluation_run_uuid=evaluation_run_uuid,
            evaluation_test_case_workspace_uuid=evaluation_test_case_workspace_uuid,
            finished_at=finished_at,
            pass_status=pass_status,
            queued_at=queued_at,
            run_level_metric_results=run_level_metric_results,
            run_name=run_name,
            star_metric_result=star_metric_result,
            started_at=started_at,
            status=status,
            test_case_description=test_case_description,
            test_case_name=test_case_name,
            test_case_uuid=test_case_uuid,
            test_case_version=test_case_version,
        )

        api_evaluation_run.additional_properties = d
        return api_evaluation_run

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
