from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_run import ApiEvaluationRun


T = TypeVar("T", bound="ApiListEvaluationRunsByTestCaseOutput")


@_attrs_define
class ApiListEvaluationRunsByTestCaseOutput:
    """
    Attributes:
        evaluation_runs (list[ApiEvaluationRun] | Unset): List of evaluation runs.
    """

    evaluation_runs: list[ApiEvaluationRun] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_runs, Unset):
            evaluation_runs = []
            for evaluation_runs_item_data in self.evaluation_runs:
                evaluation_runs_item = evaluation_runs_item_data.to_dict()
                evaluation_runs.append(evaluation_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_runs is not UNSET:
            field_dict["evaluation_runs"] = evaluation_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_run import ApiEvaluationRun

        d = dict(src_dict)
        _evaluation_runs = d.pop("evaluation_runs", UNSET)
        evaluation_runs: list[ApiEvaluationRun] | Unset = UNSET
        if _evaluation_runs is not UNSET:
            evaluation_runs = []
            for evaluation_runs_item_data in _evaluation_runs:
                evaluation_runs_item = ApiEvaluationRun.from_dict(
                    evaluation_runs_item_data
                )

                evaluation_runs.append(evaluation_runs_item)

        api_list_evaluation_runs_by_test_case_output = cls(
            evaluation_runs=evaluation_runs,
        )

        api_list_evaluation_runs_by_test_case_output.additional_properties = d
        return api_list_evaluation_runs_by_test_case_output

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
