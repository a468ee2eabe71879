from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseBackup")


@_attrs_define
class DatabaseBackup:
    """
    Attributes:
        database_name (str): The name of an existing database cluster from which the backup will be restored. Example:
            backend.
        backup_created_at (datetime.datetime | Unset): The timestamp of an existing database cluster backup in ISO8601
            combined date and time format. The most recent backup will be used if excluded. Example: 2019-01-31T19:25:22Z.
    """

    database_name: str
    backup_created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_name = self.database_name

        backup_created_at: str | Unset = UNSET
        if not isinstance(self.backup_created_at, Unset):
            backup_created_at = self.backup_created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database_name": database_name,
            }
        )
        if backup_created_at is not UNSET:
            field_dict["backup_created_at"] = backup_created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        database_name = d.pop("database_name")

        _backup_created_at = d.pop("backup_created_at", UNSET)
        backup_created_at: datetime.datetime | Unset
        if isinstance(_backup_created_at, Unset):
            backup_created_at = UNSET
        else:
            backup_created_at = datetime.datetime.fromisoformat(_backup_created_at)

        database_backup = cls(
            database_name=database_name,
            backup_created_at=backup_created_at,
        )

        database_backup.additional_properties = d
        return database_backup

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
