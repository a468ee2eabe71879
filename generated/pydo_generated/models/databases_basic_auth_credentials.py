from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabasesBasicAuthCredentials")


@_attrs_define
class DatabasesBasicAuthCredentials:
    """
    Attributes:
        basic_auth_username (str | Unset): basic authentication username for metrics HTTP endpoint Example: username.
        basic_auth_password (str | Unset): basic authentication password for metrics HTTP endpoint Example: password.
    """

    basic_auth_username: str | Unset = UNSET
    basic_auth_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basic_auth_username = self.basic_auth_username

        basic_auth_password = self.basic_auth_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basic_auth_username is not UNSET:
            field_dict["basic_auth_username"] = basic_auth_username
        if basic_auth_password is not UNSET:
            field_dict["basic_auth_password"] = basic_auth_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        basic_auth_username = d.pop("basic_auth_username", UNSET)

        basic_auth_password = d.pop("basic_auth_password", UNSET)

        databases_basic_auth_credentials = cls(
            basic_auth_username=basic_auth_username,
            basic_auth_password=basic_auth_password,
        )

        databases_basic_auth_credentials.additional_properties = d
        return databases_basic_auth_credentials

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
