from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backup import Backup
    from ..models.databases_list_backups_response_200_scheduled_backup_time import (
        DatabasesListBackupsResponse200ScheduledBackupTime,
    )


T = TypeVar("T", bound="DatabasesListBackupsResponse200")


@_attrs_define
class DatabasesListBackupsResponse200:
    """
    Attributes:
        backups (list[Backup]):
        scheduled_backup_time (DatabasesListBackupsResponse200ScheduledBackupTime | Unset):
        backup_progress (str | Unset): If a backup is currently in progress, this attribute shows the percentage of
            completion. If no backup is in progress, this attribute will be hidden. Example: 36.
    """

    backups: list[Backup]
    scheduled_backup_time: (
        DatabasesListBackupsResponse200ScheduledBackupTime | Unset
    ) = UNSET
    backup_progress: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backups = []
        for backups_item_data in self.backups:
            backups_item = backups_item_data.to_dict()
            backups.append(backups_item)

        scheduled_backup_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_backup_time, Unset):
            scheduled_backup_time = self.scheduled_backup_time.to_dict()

        backup_progress = self.backup_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backups": backups,
            }
        )
        if scheduled_backup_time is not UNSET:
            field_dict["scheduled_backup_time"] = scheduled_backup_time
        if backup_progress is not UNSET:
            field_dict["backup_progress"] = backup_progress

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.backup import Backup
        from ..models.databases_list_backups_response_200_scheduled_backup_time import (
            DatabasesListBackupsResponse200ScheduledBackupTime,
        )

        d = dict(src_dict)
        backups = []
        _backups = d.pop("backups")
        for backups_item_data in _backups:
            backups_item = Backup.from_dict(backups_item_data)

            backups.append(backups_item)

        _scheduled_backup_time = d.pop("scheduled_backup_time", UNSET)
        scheduled_backup_time: (
            DatabasesListBackupsResponse200ScheduledBackupTime | Unset
        )
        if isinstance(_scheduled_backup_time, Unset):
            scheduled_backup_time = UNSET
        else:
            scheduled_backup_time = (
                DatabasesListBackupsResponse200ScheduledBackupTime.from_dict(
                    _scheduled_backup_time
                )
            )

        backup_progress = d.pop("backup_progress", UNSET)

        databases_list_backups_response_200 = cls(
            backups=backups,
            scheduled_backup_time=scheduled_backup_time,
            backup_progress=backup_progress,
        )

        databases_list_backups_response_200.additional_properties = d
        return databases_list_backups_response_200

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
