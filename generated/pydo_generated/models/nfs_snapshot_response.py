from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nfs_snapshot_response_status import NfsSnapshotResponseStatus

T = TypeVar("T", bound="NfsSnapshotResponse")


@_attrs_define
class NfsSnapshotResponse:
    """Represents an NFS snapshot.

    Attributes:
        id (str): The unique identifier of the snapshot. Example: 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d.
        name (str): The human-readable name of the snapshot. Example: daily-backup.
        size_gib (int): The size of the snapshot in GiB. Example: 1024.
        region (str): The DigitalOcean region slug where the snapshot is located. Example: atl1.
        status (NfsSnapshotResponseStatus): The current status of the snapshot. Example: CREATING.
        created_at (datetime.datetime): The timestamp when the snapshot was created. Example: 2023-11-14T16:29:21Z.
        share_id (UUID): The unique identifier of the share from which this snapshot was created. Example:
            1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d.
    """

    id: str
    name: str
    size_gib: int
    region: str
    status: NfsSnapshotResponseStatus
    created_at: datetime.datetime
    share_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size_gib = self.size_gib

        region = self.region

        status = self.status.value

        created_at = self.created_at.isoformat()

        share_id = str(self.share_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "size_gib": size_gib,
                "region": region,
                "status": status,
                "created_at": created_at,
                "share_id": share_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        size_gib = d.pop("size_gib")

        region = d.pop("region")

        status = NfsSnapshotResponseStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        share_id = UUID(d.pop("share_id"))

        nfs_snapshot_response = cls(
            id=id,
            name=name,
            size_gib=size_gib,
            region=region,
            status=status,
            created_at=created_at,
            share_id=share_id,
        )

        nfs_snapshot_response.additional_properties = d
        return nfs_snapshot_response

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
