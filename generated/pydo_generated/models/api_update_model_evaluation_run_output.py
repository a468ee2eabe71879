from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_evaluation_run_summary import ApiModelEvaluationRunSummary


T = TypeVar("T", bound="ApiUpdateModelEvaluationRunOutput")


@_attrs_define
class ApiUpdateModelEvaluationRunOutput:
    """
    Attributes:
        run (ApiModelEvaluationRunSummary | Unset): Model Evaluation Run Summary - lightweight view used in run history
            list.
    """

    run: ApiModelEvaluationRunSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run, Unset):
            run = self.run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run is not UNSET:
            field_dict["run"] = run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_evaluation_run_summary import (
            ApiModelEvaluationRunSummary,
        )

        d = dict(src_dict)
        _run = d.pop("run", UNSET)
        run: ApiModelEvaluationRunSummary | Unset
        if isinstance(_run, Unset):
            run = UNSET
        else:
            run = ApiModelEvaluationRunSummary.from_dict(_run)

        api_update_model_evaluation_run_output = cls(
            run=run,
        )

        api_update_model_evaluation_run_output.additional_properties = d
        return api_update_model_evaluation_run_output

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
