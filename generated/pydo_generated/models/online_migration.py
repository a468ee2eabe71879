from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.online_migration_status import OnlineMigrationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OnlineMigration")


@_attrs_define
class OnlineMigration:
    """
    Attributes:
        id (str | Unset): The ID of the most recent migration. Example: 77b28fc8-19ff-11eb-8c9c-c68e24557488.
        status (OnlineMigrationStatus | Unset): The current status of the migration. Example: running.
        created_at (str | Unset): The time the migration was initiated, in ISO 8601 format. Example:
            2020-10-29T15:57:38Z.
    """

    id: str | Unset = UNSET
    status: OnlineMigrationStatus | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: OnlineMigrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OnlineMigrationStatus(_status)

        created_at = d.pop("created_at", UNSET)

        online_migration = cls(
            id=id,
            status=status,
            created_at=created_at,
        )

        online_migration.additional_properties = d
        return online_migration

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
