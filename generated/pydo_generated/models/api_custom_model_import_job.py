from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCustomModelImportJob")


@_attrs_define
class ApiCustomModelImportJob:
    """Import job tracking for a custom model

    Attributes:
        bytes_done (str | Unset): Bytes imported so far Example: 12345.
        bytes_total (str | Unset): Total bytes to import Example: 12345.
        completed_at (datetime.datetime | Unset): Timestamp when the import completed Example: 2023-01-01T00:00:00Z.
        created_at (datetime.datetime | Unset): Timestamp when the job was created Example: 2023-01-01T00:00:00Z.
        error_message (str | Unset): Error message if import failed Example: example string.
        error_step (str | Unset): Step at which the error occurred Example: example string.
        files_done (int | Unset): Number of files imported so far Example: 123.
        files_total (int | Unset): Total number of files to import Example: 123.
        started_at (datetime.datetime | Unset): Timestamp when the import started Example: 2023-01-01T00:00:00Z.
        status (str | Unset): Current status of the import job Example: example string.
        uuid (str | Unset): Unique identifier for the import job Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    bytes_done: str | Unset = UNSET
    bytes_total: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    error_message: str | Unset = UNSET
    error_step: str | Unset = UNSET
    files_done: int | Unset = UNSET
    files_total: int | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_done = self.bytes_done

        bytes_total = self.bytes_total

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        error_message = self.error_message

        error_step = self.error_step

        files_done = self.files_done

        files_total = self.files_total

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status = self.status

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bytes_done is not UNSET:
            field_dict["bytes_done"] = bytes_done
        if bytes_total is not UNSET:
            field_dict["bytes_total"] = bytes_total
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_step is not UNSET:
            field_dict["error_step"] = error_step
        if files_done is not UNSET:
            field_dict["files_done"] = files_done
        if files_total is not UNSET:
            field_dict["files_total"] = files_total
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bytes_done = d.pop("bytes_done", UNSET)

        bytes_total = d.pop("bytes_total", UNSET)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        error_message = d.pop("error_message", UNSET)

        error_step = d.pop("error_step", UNSET)

        files_done = d.pop("files_done", UNSET)

        files_total = d.pop("files_total", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        status = d.pop("status", UNSET)

        uuid = d.pop("uuid", UNSET)

        api_custom_model_import_job = cls(
            bytes_done=bytes_done,
            bytes_total=bytes_total,
            completed_at=completed_at,
            created_at=created_at,
            error_message=error_message,
            error_step=error_step,
            files_done=files_done,
            files_total=files_total,
            started_at=started_at,
            status=status,
            uuid=uuid,
        )

        api_custom_model_import_job.additional_properties = d
        return api_custom_model_import_job

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
