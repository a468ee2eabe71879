from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateEvaluationTestCaseOutput")


@_attrs_define
class ApiUpdateEvaluationTestCaseOutput:
    """
    Attributes:
        test_case_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        version (int | Unset): The new verson of the test case. Example: 123.
    """

    test_case_uuid: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_case_uuid = self.test_case_uuid

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_case_uuid is not UNSET:
            field_dict["test_case_uuid"] = test_case_uuid
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        test_case_uuid = d.pop("test_case_uuid", UNSET)

        version = d.pop("version", UNSET)

        api_update_evaluation_test_case_output = cls(
            test_case_uuid=test_case_uuid,
            version=version,
        )

        api_update_evaluation_test_case_output.additional_properties = d
        return api_update_evaluation_test_case_output

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
