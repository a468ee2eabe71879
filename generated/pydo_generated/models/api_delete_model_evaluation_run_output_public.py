from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_delete_model_evaluation_run_status import (
    ApiDeleteModelEvaluationRunStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeleteModelEvaluationRunOutputPublic")


@_attrs_define
class ApiDeleteModelEvaluationRunOutputPublic:
    """
    Attributes:
        error (str | Unset): Error message if deletion failed Example: example string.
        status (ApiDeleteModelEvaluationRunStatus | Unset): Status of delete operation Example:
            DELETE_MODEL_EVALUATION_RUN_STATUS_UNSPECIFIED.
    """

    error: str | Unset = UNSET
    status: ApiDeleteModelEvaluationRunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        _status = d.pop("status", UNSET)
        status: ApiDeleteModelEvaluationRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiDeleteModelEvaluationRunStatus(_status)

        api_delete_model_evaluation_run_output_public = cls(
            error=error,
            status=status,
        )

        api_delete_model_evaluation_run_output_public.additional_properties = d
        return api_delete_model_evaluation_run_output_public

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
