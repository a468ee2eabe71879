from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabasesListBackupsResponse200ScheduledBackupTime")


@_attrs_define
class DatabasesListBackupsResponse200ScheduledBackupTime:
    """
    Attributes:
        backup_hour (int | Unset): The hour of the day when the backup is scheduled (in UTC). Example: 20.
        backup_minute (int | Unset): The minute of the hour when the backup is scheduled. Example: 40.
        backup_interval_hours (int | Unset): The frequency, in hours, at which backups are taken. Example: 24.
    """

    backup_hour: int | Unset = UNSET
    backup_minute: int | Unset = UNSET
    backup_interval_hours: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_hour = self.backup_hour

        backup_minute = self.backup_minute

        backup_interval_hours = self.backup_interval_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_hour is not UNSET:
            field_dict["backup_hour"] = backup_hour
        if backup_minute is not UNSET:
            field_dict["backup_minute"] = backup_minute
        if backup_interval_hours is not UNSET:
            field_dict["backup_interval_hours"] = backup_interval_hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        backup_hour = d.pop("backup_hour", UNSET)

        backup_minute = d.pop("backup_minute", UNSET)

        backup_interval_hours = d.pop("backup_interval_hours", UNSET)

        databases_list_backups_response_200_scheduled_backup_time = cls(
            backup_hour=backup_hour,
            backup_minute=backup_minute,
            backup_interval_hours=backup_interval_hours,
        )

        databases_list_backups_response_200_scheduled_backup_time.additional_properties = d
        return databases_list_backups_response_200_scheduled_backup_time

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
