from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_settings_mongo_user_settings_role import (
    UserSettingsMongoUserSettingsRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettingsMongoUserSettings")


@_attrs_define
class UserSettingsMongoUserSettings:
    """MongoDB-specific settings for the user. This option is not currently supported for other database engines.

    Attributes:
        databases (list[str] | Unset): A list of databases to which the user should have access. When the database is
            set to `admin`, the user will have access to all databases based on the user's role i.e. a user with the role
            `readOnly` assigned to the `admin` database will have read access to all databases. Example: ['my-db', 'my-
            db-2'].
        role (UserSettingsMongoUserSettingsRole | Unset): The role to assign to the user with each role mapping to a
            MongoDB built-in role.  `readOnly` maps to a [read](https://www.mongodb.com/docs/manual/reference/built-in-
            roles/#mongodb-authrole-read) role. `readWrite` maps to a
            [readWrite](https://www.mongodb.com/docs/manual/reference/built-in-roles/#mongodb-authrole-readWrite) role.
            `dbAdmin` maps to a [dbAdmin](https://www.mongodb.com/docs/manual/reference/built-in-roles/#mongodb-authrole-
            dbAdmin) role. Example: readOnly.
    """

    databases: list[str] | Unset = UNSET
    role: UserSettingsMongoUserSettingsRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        databases: list[str] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = self.databases

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if databases is not UNSET:
            field_dict["databases"] = databases
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        databases = cast(list[str], d.pop("databases", UNSET))

        _role = d.pop("role", UNSET)
        role: UserSettingsMongoUserSettingsRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserSettingsMongoUserSettingsRole(_role)

        user_settings_mongo_user_settings = cls(
            databases=databases,
            role=role,
        )

        user_settings_mongo_user_settings.additional_properties = d
        return user_settings_mongo_user_settings

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
