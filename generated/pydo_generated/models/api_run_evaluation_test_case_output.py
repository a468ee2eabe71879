from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiRunEvaluationTestCaseOutput")


@_attrs_define
class ApiRunEvaluationTestCaseOutput:
    """
    Attributes:
        evaluation_run_uuids (list[str] | Unset):  Example: ['example string'].
    """

    evaluation_run_uuids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_run_uuids: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_run_uuids, Unset):
            evaluation_run_uuids = self.evaluation_run_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_run_uuids is not UNSET:
            field_dict["evaluation_run_uuids"] = evaluation_run_uuids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        evaluation_run_uuids = cast(list[str], d.pop("evaluation_run_uuids", UNSET))

        api_run_evaluation_test_case_output = cls(
            evaluation_run_uuids=evaluation_run_uuids,
        )

        api_run_evaluation_test_case_output.additional_properties = d
        return api_run_evaluation_test_case_output

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
