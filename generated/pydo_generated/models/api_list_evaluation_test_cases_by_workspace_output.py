from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_test_case import ApiEvaluationTestCase


T = TypeVar("T", bound="ApiListEvaluationTestCasesByWorkspaceOutput")


@_attrs_define
class ApiListEvaluationTestCasesByWorkspaceOutput:
    """
    Attributes:
        evaluation_test_cases (list[ApiEvaluationTestCase] | Unset):
    """

    evaluation_test_cases: list[ApiEvaluationTestCase] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_test_cases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_test_cases, Unset):
            evaluation_test_cases = []
            for evaluation_test_cases_item_data in self.evaluation_test_cases:
                evaluation_test_cases_item = evaluation_test_cases_item_data.to_dict()
                evaluation_test_cases.append(evaluation_test_cases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_test_cases is not UNSET:
            field_dict["evaluation_test_cases"] = evaluation_test_cases

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_test_case import ApiEvaluationTestCase

        d = dict(src_dict)
        _evaluation_test_cases = d.pop("evaluation_test_cases", UNSET)
        evaluation_test_cases: list[ApiEvaluationTestCase] | Unset = UNSET
        if _evaluation_test_cases is not UNSET:
            evaluation_test_cases = []
            for evaluation_test_cases_item_data in _evaluation_test_cases:
                evaluation_test_cases_item = ApiEvaluationTestCase.from_dict(
                    evaluation_test_cases_item_data
                )

                evaluation_test_cases.append(evaluation_test_cases_item)

        api_list_evaluation_test_cases_by_workspace_output = cls(
            evaluation_test_cases=evaluation_test_cases,
        )

        api_list_evaluation_test_cases_by_workspace_output.additional_properties = d
        return api_list_evaluation_test_cases_by_workspace_output

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
