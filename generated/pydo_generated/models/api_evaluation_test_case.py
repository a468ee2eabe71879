from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_dataset import ApiEvaluationDataset
    from ..models.api_evaluation_metric import ApiEvaluationMetric
    from ..models.api_star_metric import ApiStarMetric


T = TypeVar("T", bound="ApiEvaluationTestCase")


@_attrs_define
class ApiEvaluationTestCase:
    """
    Attributes:
        archived_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        created_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        created_by_user_email (str | Unset):  Example: example@example.com.
        created_by_user_id (str | Unset):  Example: 12345.
        dataset (ApiEvaluationDataset | Unset):
        dataset_name (str | Unset):  Example: example name.
        dataset_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        description (str | Unset):  Example: example string.
        latest_version_number_of_runs (int | Unset):  Example: 123.
        metrics (list[ApiEvaluationMetric] | Unset):
        name (str | Unset):  Example: example name.
        star_metric (ApiStarMetric | Unset):
        test_case_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        total_runs (int | Unset):  Example: 123.
        updated_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        updated_by_user_email (str | Unset):  Example: example@example.com.
        updated_by_user_id (str | Unset):  Example: 12345.
        version (int | Unset):  Example: 123.
    """

    archived_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by_user_email: str | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    dataset: ApiEvaluationDataset | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_uuid: str | Unset = UNSET
    description: str | Unset = UNSET
    latest_version_number_of_runs: int | Unset = UNSET
    metrics: list[ApiEvaluationMetric] | Unset = UNSET
    name: str | Unset = UNSET
    star_metric: ApiStarMetric | Unset = UNSET
    test_case_uuid: str | Unset = UNSET
    total_runs: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by_user_email: str | Unset = UNSET
    updated_by_user_id: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_at: str | Unset = UNSET
        if not isinstance(self.archived_at, Unset):
            archived_at = self.archived_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_email = self.created_by_user_email

        created_by_user_id = self.created_by_user_id

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        dataset_name = self.dataset_name

        dataset_uuid = self.dataset_uuid

        description = self.description

        latest_version_number_of_runs = self.latest_version_number_of_runs

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        name = self.name

        star_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_metric, Unset):
            star_metric = self.star_metric.to_dict()

        test_case_uuid = self.test_case_uuid

        total_runs = self.total_runs

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by_user_email = self.updated_by_user_email

        updated_by_user_id = self.updated_by_user_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_email is not UNSET:
            field_dict["created_by_user_email"] = created_by_user_email
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_uuid is not UNSET:
            field_dict["dataset_uuid"] = dataset_uuid
        if description is not UNSET:
            field_dict["description"] = description
        if latest_version_number_of_runs is not UNSET:
            field_dict["latest_version_number_of_runs"] = latest_version_number_of_runs
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name
        if star_metric is not UNSET:
            field_dict["star_metric"] = star_metric
        if test_case_uuid is not UNSET:
            field_dict["test_case_uuid"] = test_case_uuid
        if total_runs is not UNSET:
            field_dict["total_runs"] = total_runs
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by_user_email is not UNSET:
            field_dict["updated_by_user_email"] = updated_by_user_email
        if updated_by_user_id is not UNSET:
            field_dict["updated_by_user_id"] = updated_by_user_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_dataset import ApiEvaluationDataset
        from ..models.api_evaluation_metric import ApiEvaluationMetric
        from ..models.api_star_metric import ApiStarMetric

        d = dict(src_dict)
        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | Unset
        if isinstance(_archived_at, Unset):
            archived_at = UNSET
        else:
            archived_at = datetime.datetime.fromisoformat(_archived_at)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by_user_email = d.pop("created_by_user_email", UNSET)

        created_by_user_id = d.pop("created_by_user_id", UNSET)

        _dataset = d.pop("dataset", UNSET)
        dataset: ApiEvaluationDataset | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = ApiEvaluationDataset.from_dict(_dataset)

        dataset_name = d.pop("dataset_name", UNSET)

        dataset_uuid = d.pop("dataset_uuid", UNSET)

        description = d.pop("description", UNSET)

        latest_version_number_of_runs = d.pop("latest_version_number_of_runs", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[ApiEvaluationMetric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = ApiEvaluationMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        name = d.pop("name", UNSET)

        _star_metric = d.pop("star_metric", UNSET)
        star_metric: ApiStarMetric | Unset
        if isinstance(_star_metric, Unset):
            star_metric = UNSET
        else:
            star_metric = ApiStarMetric.from_dict(_star_metric)

        test_case_uuid = d.pop("test_case_uuid", UNSET)

        total_runs = d.pop("total_runs", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by_user_email = d.pop("updated_by_user_email", UNSET)

        updated_by_user_id = d.pop("updated_by_user_id", UNSET)

        version = d.pop("version", UNSET)

        api_evaluation_test_case = cls(
            archived_at=archived_at,
            created_at=created_at,
            created_by_user_email=created_by_user_email,
            created_by_user_id=created_by_user_id,
            dataset=dataset,
            dataset_name=dataset_name,
            dataset_uuid=dataset_uuid,
            description=description,
            latest_version_number_of_runs=latest_version_number_of_runs,
            metrics=metrics,
            name=name,
            star_metric=star_metric,
            test_case_uuid=test_case_uuid,
            total_runs=total_runs,
            updated_at=updated_at,
            updated_by_user_email=updated_by_user_email,
            updated_by_user_id=updated_by_user_id,
            version=version,
        )

        api_evaluation_test_case.additional_properties = d
        return api_evaluation_test_case

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
