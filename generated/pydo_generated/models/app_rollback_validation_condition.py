from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_rollback_validation_condition_code import (
    AppRollbackValidationConditionCode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppRollbackValidationCondition")


@_attrs_define
class AppRollbackValidationCondition:
    """
    Attributes:
        code (AppRollbackValidationConditionCode | Unset): A code identifier that represents the failing condition.

            Failing conditions:
              - `incompatible_phase` - indicates that the deployment's phase is not suitable for rollback.
              - `incompatible_result` - indicates that the deployment's result is not suitable for rollback.
              - `exceeded_revision_limit` - indicates that the app has exceeded the rollback revision limits for its tier.
              - `app_pinned` - indicates that there is already a rollback in progress and the app is pinned.
              - `database_config_conflict` - indicates that the deployment's database config is different than the current
            config.
              - `region_conflict` - indicates that the deployment's region differs from the current app region.

            Warning conditions:
              - `static_site_requires_rebuild` - indicates that the deployment contains at least one static site that will
            require a rebuild.
              - `image_source_missing_digest` - indicates that the deployment contains at least one component with an image
            source that is missing a digest.
             Example: exceeded_revision_limit.
        message (str | Unset): A human-readable message describing the failing condition. Example: the deployment is
            past the maximum historical revision limit of 0 for the "starter" app tier.
        components (list[str] | Unset):  Example: ['www'].
    """

    code: AppRollbackValidationConditionCode | Unset = UNSET
    message: str | Unset = UNSET
    components: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        message = self.message

        components: list[str] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = self.components

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: AppRollbackValidationConditionCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = AppRollbackValidationConditionCode(_code)

        message = d.pop("message", UNSET)

        components = cast(list[str], d.pop("components", UNSET))

        app_rollback_validation_condition = cls(
            code=code,
            message=message,
            components=components,
        )

        app_rollback_validation_condition.additional_properties = d
        return app_rollback_validation_condition

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
