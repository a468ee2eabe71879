from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MysqlIncrementalBackup")


@_attrs_define
class MysqlIncrementalBackup:
    """MySQL Incremental Backup configuration settings

    Attributes:
        enabled (bool | Unset): Enable periodic incremental backups. When enabled, full_backup_week_schedule must be
            set. Incremental backups only store changes since the last backup, making them faster and more storage-efficient
            than full backups. This is particularly useful for large databases where daily full backups would be too time-
            consuming or expensive.
        full_backup_week_schedule (str | Unset): Comma-separated list of days of the week when full backups should be
            created. Valid values: mon, tue, wed, thu, fri, sat, sun. Default is null. Example : "mon,fri,sun".  Example:
            mon,thu.
    """

    enabled: bool | Unset = UNSET
    full_backup_week_schedule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        full_backup_week_schedule = self.full_backup_week_schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if full_backup_week_schedule is not UNSET:
            field_dict["full_backup_week_schedule"] = full_backup_week_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        full_backup_week_schedule = d.pop("full_backup_week_schedule", UNSET)

        mysql_incremental_backup = cls(
            enabled=enabled,
            full_backup_week_schedule=full_backup_week_schedule,
        )

        mysql_incremental_backup.additional_properties = d
        return mysql_incremental_backup

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
