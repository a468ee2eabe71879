from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_dataset import ApiEvaluationDataset


T = TypeVar("T", bound="ApiListEvaluationDatasetsOutput")


@_attrs_define
class ApiListEvaluationDatasetsOutput:
    """Output for listing evaluation datasets.

    Attributes:
        evaluation_datasets (list[ApiEvaluationDataset] | Unset): The list of evaluation datasets.
    """

    evaluation_datasets: list[ApiEvaluationDataset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_datasets, Unset):
            evaluation_datasets = []
            for evaluation_datasets_item_data in self.evaluation_datasets:
                evaluation_datasets_item = evaluation_datasets_item_data.to_dict()
                evaluation_datasets.append(evaluation_datasets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_datasets is not UNSET:
            field_dict["evaluation_datasets"] = evaluation_datasets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_dataset import ApiEvaluationDataset

        d = dict(src_dict)
        _evaluation_datasets = d.pop("evaluation_datasets", UNSET)
        evaluation_datasets: list[ApiEvaluationDataset] | Unset = UNSET
        if _evaluation_datasets is not UNSET:
            evaluation_datasets = []
            for evaluation_datasets_item_data in _evaluation_datasets:
                evaluation_datasets_item = ApiEvaluationDataset.from_dict(
                    evaluation_datasets_item_data
                )

                evaluation_datasets.append(evaluation_datasets_item)

        api_list_evaluation_datasets_output = cls(
            evaluation_datasets=evaluation_datasets,
        )

        api_list_evaluation_datasets_output.additional_properties = d
        return api_list_evaluation_datasets_output

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
