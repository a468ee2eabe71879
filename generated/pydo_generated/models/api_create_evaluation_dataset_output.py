from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCreateEvaluationDatasetOutput")


@_attrs_define
class ApiCreateEvaluationDatasetOutput:
    """Output for creating an agent evaluation dataset

    Attributes:
        evaluation_dataset_uuid (str | Unset): Evaluation dataset uuid. Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    evaluation_dataset_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_dataset_uuid = self.evaluation_dataset_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_dataset_uuid is not UNSET:
            field_dict["evaluation_dataset_uuid"] = evaluation_dataset_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        evaluation_dataset_uuid = d.pop("evaluation_dataset_uuid", UNSET)

        api_create_evaluation_dataset_output = cls(
            evaluation_dataset_uuid=evaluation_dataset_uuid,
        )

        api_create_evaluation_dataset_output.additional_properties = d
        return api_create_evaluation_dataset_output

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
