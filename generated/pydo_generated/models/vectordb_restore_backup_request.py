from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectordbRestoreBackupRequest")


@_attrs_define
class VectordbRestoreBackupRequest:
    """
    Attributes:
        backup_id (str | Unset): Required. ID of the backup to restore from. Example:
            123e4567-e89b-12d3-a456-426614174000.
        id (str | Unset): Required. ID of the vector database. Example: example string.
    """

    backup_id: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_id = self.backup_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_id is not UNSET:
            field_dict["backup_id"] = backup_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        backup_id = d.pop("backup_id", UNSET)

        id = d.pop("id", UNSET)

        vectordb_restore_backup_request = cls(
            backup_id=backup_id,
            id=id,
        )

        vectordb_restore_backup_request.additional_properties = d
        return vectordb_restore_backup_request

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
