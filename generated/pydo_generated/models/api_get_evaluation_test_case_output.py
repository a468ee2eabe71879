from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_test_case import ApiEvaluationTestCase


T = TypeVar("T", bound="ApiGetEvaluationTestCaseOutput")


@_attrs_define
class ApiGetEvaluationTestCaseOutput:
    """
    Attributes:
        evaluation_test_case (ApiEvaluationTestCase | Unset):
    """

    evaluation_test_case: ApiEvaluationTestCase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_test_case: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_test_case, Unset):
            evaluation_test_case = self.evaluation_test_case.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_test_case is not UNSET:
            field_dict["evaluation_test_case"] = evaluation_test_case

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_test_case import ApiEvaluationTestCase

        d = dict(src_dict)
        _evaluation_test_case = d.pop("evaluation_test_case", UNSET)
        evaluation_test_case: ApiEvaluationTestCase | Unset
        if isinstance(_evaluation_test_case, Unset):
            evaluation_test_case = UNSET
        else:
            evaluation_test_case = ApiEvaluationTestCase.from_dict(
                _evaluation_test_case
            )

        api_get_evaluation_test_case_output = cls(
            evaluation_test_case=evaluation_test_case,
        )

        api_get_evaluation_test_case_output.additional_properties = d
        return api_get_evaluation_test_case_output

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
