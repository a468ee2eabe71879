from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiImportValidationStep")


@_attrs_define
class ApiImportValidationStep:
    """Validation step result during model import

    Attributes:
        error (str | Unset): Error message if validation failed Example: example string.
        name (str | Unset): Name of the validation step Example: example name.
        passed (bool | Unset): Whether the validation step passed Example: True.
    """

    error: str | Unset = UNSET
    name: str | Unset = UNSET
    passed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        name = self.name

        passed = self.passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if name is not UNSET:
            field_dict["name"] = name
        if passed is not UNSET:
            field_dict["passed"] = passed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        name = d.pop("name", UNSET)

        passed = d.pop("passed", UNSET)

        api_import_validation_step = cls(
            error=error,
            name=name,
            passed=passed,
        )

        api_import_validation_step.additional_properties = d
        return api_import_validation_step

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
