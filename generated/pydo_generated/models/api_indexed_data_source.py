from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_indexed_data_source_status import ApiIndexedDataSourceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiIndexedDataSource")


@_attrs_define
class ApiIndexedDataSource:
    """
    Attributes:
        completed_at (datetime.datetime | Unset): Timestamp when data source completed indexing Example:
            2023-01-01T00:00:00Z.
        data_source_uuid (str | Unset): Uuid of the indexed data source Example: 123e4567-e89b-12d3-a456-426614174000.
        error_details (str | Unset): A detailed error description Example: example string.
        error_msg (str | Unset): A string code provinding a hint which part of the system experienced an error Example:
            example string.
        failed_item_count (str | Unset): Total count of files that have failed Example: 12345.
        indexed_file_count (str | Unset): Total count of files that have been indexed Example: 12345.
        indexed_item_count (str | Unset): Total count of files that have been indexed Example: 12345.
        removed_item_count (str | Unset): Total count of files that have been removed Example: 12345.
        skipped_item_count (str | Unset): Total count of files that have been skipped Example: 12345.
        started_at (datetime.datetime | Unset): Timestamp when data source started indexing Example:
            2023-01-01T00:00:00Z.
        status (ApiIndexedDataSourceStatus | Unset):  Example: DATA_SOURCE_STATUS_UNKNOWN.
        total_bytes (str | Unset): Total size of files in data source in bytes Example: 12345.
        total_bytes_indexed (str | Unset): Total size of files in data source in bytes that have been indexed Example:
            12345.
        total_file_count (str | Unset): Total file count in the data source Example: 12345.
    """

    completed_at: datetime.datetime | Unset = UNSET
    data_source_uuid: str | Unset = UNSET
    error_details: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    failed_item_count: str | Unset = UNSET
    indexed_file_count: str | Unset = UNSET
    indexed_item_count: str | Unset = UNSET
    removed_item_count: str | Unset = UNSET
    skipped_item_count: str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: ApiIndexedDataSourceStatus | Unset = UNSET
    total_bytes: str | Unset = UNSET
    total_bytes_indexed: str | Unset = UNSET
    total_file_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        data_source_uuid = self.data_source_uuid

        error_details = self.error_details

        error_msg = self.error_msg

        failed_item_count = self.failed_item_count

        indexed_file_count = self.indexed_file_count

        indexed_item_count = self.indexed_item_count

        removed_item_count = self.removed_item_count

        skipped_item_count = self.skipped_item_count

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total_bytes = self.total_bytes

        total_bytes_indexed = self.total_bytes_indexed

        total_file_count = self.total_file_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if data_source_uuid is not UNSET:
            field_dict["data_source_uuid"] = data_source_uuid
        if error_details is not UNSET:
            field_dict["error_details"] = error_details
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if failed_item_count is not UNSET:
            field_dict["failed_item_count"] = failed_item_count
        if indexed_file_count is not UNSET:
            field_dict["indexed_file_count"] = indexed_file_count
        if indexed_item_count is not UNSET:
            field_dict["indexed_item_count"] = indexed_item_count
        if removed_item_count is not UNSET:
            field_dict["removed_item_count"] = removed_item_count
        if skipped_item_count is not UNSET:
            field_dict["skipped_item_count"] = skipped_item_count
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if total_bytes is not UNSET:
            field_dict["total_bytes"] = total_bytes
        if total_bytes_indexed is not UNSET:
            field_dict["total_bytes_indexed"] = total_bytes_indexed
        if total_file_count is not UNSET:
            field_dict["total_file_count"] = total_file_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        data_source_uuid = d.pop("data_source_uuid", UNSET)

        error_details = d.pop("error_details", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        failed_item_count = d.pop("failed_item_count", UNSET)

        indexed_file_count = d.pop("indexed_file_count", UNSET)

        indexed_item_count = d.pop("indexed_item_count", UNSET)

        removed_item_count = d.pop("removed_item_count", UNSET)

        skipped_item_count = d.pop("skipped_item_count", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: ApiIndexedDataSourceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiIndexedDataSourceStatus(_status)

        total_bytes = d.pop("total_bytes", UNSET)

        total_bytes_indexed = d.pop("total_bytes_indexed", UNSET)

        total_file_count = d.pop("total_file_count", UNSET)

        api_indexed_data_source = cls(
            completed_at=completed_at,
            data_source_uuid=data_source_uuid,
            error_details=error_details,
            error_msg=error_msg,
            failed_item_count=failed_item_count,
            indexed_file_count=indexed_file_count,
            indexed_item_count=indexed_item_count,
            removed_item_count=removed_item_count,
            skipped_item_count=skipped_item_count,
            started_at=started_at,
            status=status,
            total_bytes=total_bytes,
            total_bytes_indexed=total_bytes_indexed,
            total_file_count=total_file_count,
        )

        api_indexed_data_source.additional_properties = d
        return api_indexed_data_source

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
