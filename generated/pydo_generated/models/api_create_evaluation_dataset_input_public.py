from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_evaluation_dataset_type import ApiEvaluationDatasetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_file_upload_data_source import ApiFileUploadDataSource


T = TypeVar("T", bound="ApiCreateEvaluationDatasetInputPublic")


@_attrs_define
class ApiCreateEvaluationDatasetInputPublic:
    """Creates an evaluation dataset for an agent

    Attributes:
        dataset_type (ApiEvaluationDatasetType | Unset):  Example: EVALUATION_DATASET_TYPE_UNKNOWN.
        file_upload_dataset (ApiFileUploadDataSource | Unset): File to upload as data source for knowledge base.
        name (str | Unset): The name of the agent evaluation dataset. Example: example name.
    """

    dataset_type: ApiEvaluationDatasetType | Unset = UNSET
    file_upload_dataset: ApiFileUploadDataSource | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_type: str | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        file_upload_dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_upload_dataset, Unset):
            file_upload_dataset = self.file_upload_dataset.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if file_upload_dataset is not UNSET:
            field_dict["file_upload_dataset"] = file_upload_dataset
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_file_upload_data_source import ApiFileUploadDataSource

        d = dict(src_dict)
        _dataset_type = d.pop("dataset_type", UNSET)
        dataset_type: ApiEvaluationDatasetType | Unset
        if isinstance(_dataset_type, Unset):
            dataset_type = UNSET
        else:
            dataset_type = ApiEvaluationDatasetType(_dataset_type)

        _file_upload_dataset = d.pop("file_upload_dataset", UNSET)
        file_upload_dataset: ApiFileUploadDataSource | Unset
        if isinstance(_file_upload_dataset, Unset):
            file_upload_dataset = UNSET
        else:
            file_upload_dataset = ApiFileUploadDataSource.from_dict(
                _file_upload_dataset
            )

        name = d.pop("name", UNSET)

        api_create_evaluation_dataset_input_public = cls(
            dataset_type=dataset_type,
            file_upload_dataset=file_upload_dataset,
            name=name,
        )

        api_create_evaluation_dataset_input_public.additional_properties = d
        return api_create_evaluation_dataset_input_public

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
