from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_evaluation_dataset_type import ApiEvaluationDatasetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiEvaluationDataset")


@_attrs_define
class ApiEvaluationDataset:
    """
    Attributes:
        created_at (datetime.datetime | Unset): Time created at. Example: 2023-01-01T00:00:00Z.
        dataset_name (str | Unset): Name of the dataset. Example: example name.
        dataset_type (ApiEvaluationDatasetType | Unset):  Example: EVALUATION_DATASET_TYPE_UNKNOWN.
        dataset_uuid (str | Unset): UUID of the dataset. Example: 123e4567-e89b-12d3-a456-426614174000.
        file_size (str | Unset): The size of the dataset uploaded file in bytes. Example: 12345.
        has_ground_truth (bool | Unset): Does the dataset have a ground truth column? Example: True.
        row_count (int | Unset): Number of rows in the dataset. Example: 123.
    """

    created_at: datetime.datetime | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_type: ApiEvaluationDatasetType | Unset = UNSET
    dataset_uuid: str | Unset = UNSET
    file_size: str | Unset = UNSET
    has_ground_truth: bool | Unset = UNSET
    row_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dataset_name = self.dataset_name

        dataset_type: str | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        dataset_uuid = self.dataset_uuid

        file_size = self.file_size

        has_ground_truth = self.has_ground_truth

        row_count = self.row_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if dataset_uuid is not UNSET:
            field_dict["dataset_uuid"] = dataset_uuid
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if has_ground_truth is not UNSET:
            field_dict["has_ground_truth"] = has_ground_truth
        if row_count is not UNSET:
            field_dict["row_count"] = row_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dataset_name = d.pop("dataset_name", UNSET)

        _dataset_type = d.pop("dataset_type", UNSET)
        dataset_type: ApiEvaluationDatasetType | Unset
        if isinstance(_dataset_type, Unset):
            dataset_type = UNSET
        else:
            dataset_type = ApiEvaluationDatasetType(_dataset_type)

        dataset_uuid = d.pop("dataset_uuid", UNSET)

        file_size = d.pop("file_size", UNSET)

        has_ground_truth = d.pop("has_ground_truth", UNSET)

        row_count = d.pop("row_count", UNSET)

        api_evaluation_dataset = cls(
            created_at=created_at,
            dataset_name=dataset_name,
            dataset_type=dataset_type,
            dataset_uuid=dataset_uuid,
            file_size=file_size,
            has_ground_truth=has_ground_truth,
            row_count=row_count,
        )

        api_evaluation_dataset.additional_properties = d
        return api_evaluation_dataset

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
