from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_variable_definition_scope import AppVariableDefinitionScope
from ..models.app_variable_definition_type import AppVariableDefinitionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppVariableDefinition")


@_attrs_define
class AppVariableDefinition:
    """
    Attributes:
        key (str): The variable name Example: BASE_URL.
        scope (AppVariableDefinitionScope | Unset): - RUN_TIME: Made available only at run-time
            - BUILD_TIME: Made available only at build-time
            - RUN_AND_BUILD_TIME: Made available at both build and run-time Default:
            AppVariableDefinitionScope.RUN_AND_BUILD_TIME. Example: BUILD_TIME.
        type_ (AppVariableDefinitionType | Unset): - GENERAL: A plain-text environment variable
            - SECRET: A secret encrypted environment variable Default: AppVariableDefinitionType.GENERAL. Example: GENERAL.
        value (str | Unset): The value. If the type is `SECRET`, the value will be encrypted on first submission. On
            following submissions, the encrypted value should be used. Example: http://example.com.
    """

    key: str
    scope: AppVariableDefinitionScope | Unset = (
        AppVariableDefinitionScope.RUN_AND_BUILD_TIME
    )
    type_: AppVariableDefinitionType | Unset = AppVariableDefinitionType.GENERAL
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key")

        _scope = d.pop("scope", UNSET)
        scope: AppVariableDefinitionScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = AppVariableDefinitionScope(_scope)

        _type_ = d.pop("type", UNSET)
        type_: AppVariableDefinitionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AppVariableDefinitionType(_type_)

        value = d.pop("value", UNSET)

        app_variable_definition = cls(
            key=key,
            scope=scope,
            type_=type_,
            value=value,
        )

        app_variable_definition.additional_properties = d
        return app_variable_definition

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
