from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_rollback_validation_condition import (
        AppRollbackValidationCondition,
    )
    from ..models.apps_validate_rollback_response_200_error import (
        AppsValidateRollbackResponse200Error,
    )


T = TypeVar("T", bound="AppsValidateRollbackResponse200")


@_attrs_define
class AppsValidateRollbackResponse200:
    """
    Attributes:
        valid (bool | Unset): Indicates whether the app can be rolled back to the specified deployment.
        error (AppsValidateRollbackResponse200Error | Unset):
        warnings (list[AppRollbackValidationCondition] | Unset): Contains a list of warnings that may cause the rollback
            to run under unideal circumstances.
    """

    valid: bool | Unset = UNSET
    error: AppsValidateRollbackResponse200Error | Unset = UNSET
    warnings: list[AppRollbackValidationCondition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_rollback_validation_condition import (
            AppRollbackValidationCondition,
        )
        from ..models.apps_validate_rollback_response_200_error import (
            AppsValidateRollbackResponse200Error,
        )

        d = dict(src_dict)
        valid = d.pop("valid", UNSET)

        _error = d.pop("error", UNSET)
        error: AppsValidateRollbackResponse200Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = AppsValidateRollbackResponse200Error.from_dict(_error)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[AppRollbackValidationCondition] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = AppRollbackValidationCondition.from_dict(
                    warnings_item_data
                )

                warnings.append(warnings_item)

        apps_validate_rollback_response_200 = cls(
            valid=valid,
            error=error,
            warnings=warnings,
        )

        apps_validate_rollback_response_200.additional_properties = d
        return apps_validate_rollback_response_200

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
