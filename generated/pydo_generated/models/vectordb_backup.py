from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectordbBackup")


@_attrs_define
class VectordbBackup:
    """Backup represents a single backup of a vector database.

    Attributes:
        backup_id (str | Unset): Unique identifier for the backup (e.g., "vectordb-{uuid}-20240101-120000"). Example:
            123e4567-e89b-12d3-a456-426614174000.
        completed_at (datetime.datetime | Unset): Timestamp when the backup process completed. Example:
            2023-01-01T00:00:00Z.
        started_at (datetime.datetime | Unset): Timestamp when the backup process started. Example:
            2023-01-01T00:00:00Z.
        status (str | Unset): Status of the backup: SUCCESS. Example: example string.
    """

    backup_id: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_id = self.backup_id

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_id is not UNSET:
            field_dict["backup_id"] = backup_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        backup_id = d.pop("backup_id", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        status = d.pop("status", UNSET)

        vectordb_backup = cls(
            backup_id=backup_id,
            completed_at=completed_at,
            started_at=started_at,
            status=status,
        )

        vectordb_backup.additional_properties = d
        return vectordb_backup

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
