from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.garbage_collection_status import GarbageCollectionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="GarbageCollection")


@_attrs_define
class GarbageCollection:
    """
    Attributes:
        uuid (str | Unset): A string specifying the UUID of the garbage collection. Example:
            eff0feee-49c7-4e8f-ba5c-a320c109c8a8.
        registry_name (str | Unset): The name of the container registry. Example: example.
        status (GarbageCollectionStatus | Unset): The current status of this garbage collection. Example: requested.
        created_at (datetime.datetime | Unset): The time the garbage collection was created. Example:
            2020-10-30T21:03:24Z.
        updated_at (datetime.datetime | Unset): The time the garbage collection was last updated. Example:
            2020-10-30T21:03:44Z.
        blobs_deleted (int | Unset): The number of blobs deleted as a result of this garbage collection. Example: 42.
        freed_bytes (int | Unset): The number of bytes freed as a result of this garbage collection. Example: 667.
    """

    uuid: str | Unset = UNSET
    registry_name: str | Unset = UNSET
    status: GarbageCollectionStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    blobs_deleted: int | Unset = UNSET
    freed_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        registry_name = self.registry_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        blobs_deleted = self.blobs_deleted

        freed_bytes = self.freed_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if registry_name is not UNSET:
            field_dict["registry_name"] = registry_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if blobs_deleted is not UNSET:
            field_dict["blobs_deleted"] = blobs_deleted
        if freed_bytes is not UNSET:
            field_dict["freed_bytes"] = freed_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        registry_name = d.pop("registry_name", UNSET)

        _status = d.pop("status", UNSET)
        status: GarbageCollectionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GarbageCollectionStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        blobs_deleted = d.pop("blobs_deleted", UNSET)

        freed_bytes = d.pop("freed_bytes", UNSET)

        garbage_collection = cls(
            uuid=uuid,
            registry_name=registry_name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            blobs_deleted=blobs_deleted,
            freed_bytes=freed_bytes,
        )

        garbage_collection.additional_properties = d
        return garbage_collection

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
