from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectordbGetRestoreStatusResponse")


@_attrs_define
class VectordbGetRestoreStatusResponse:
    """
    Attributes:
        backup_id (str | Unset): The backup ID being restored. Example: 123e4567-e89b-12d3-a456-426614174000.
        error (str | Unset): Error message if the restore failed. Example: example string.
        status (str | Unset): Current status: STARTED, TRANSFERRING, TRANSFERRED, FINALIZING, SUCCESS, FAILED,
            CANCELLING, CANCELED. Example: example string.
    """

    backup_id: str | Unset = UNSET
    error: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_id = self.backup_id

        error = self.error

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_id is not UNSET:
            field_dict["backup_id"] = backup_id
        if error is not UNSET:
            field_dict["error"] = error
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        backup_id = d.pop("backup_id", UNSET)

        error = d.pop("error", UNSET)

        status = d.pop("status", UNSET)

        vectordb_get_restore_status_response = cls(
            backup_id=backup_id,
            error=error,
            status=status,
        )

        vectordb_get_restore_status_response.additional_properties = d
        return vectordb_get_restore_status_response

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
