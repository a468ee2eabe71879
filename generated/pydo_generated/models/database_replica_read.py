from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_replica_read_status import DatabaseReplicaReadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_replica_read_connection import DatabaseReplicaReadConnection
    from ..models.database_replica_read_do_settings import DatabaseReplicaReadDoSettings
    from ..models.database_replica_read_private_connection import (
        DatabaseReplicaReadPrivateConnection,
    )


T = TypeVar("T", bound="DatabaseReplicaRead")


@_attrs_define
class DatabaseReplicaRead:
    """
    Attributes:
        name (str): The name to give the read-only replicating Example: read-nyc3-01.
        id (UUID | Unset): A unique ID that can be used to identify and reference a database replica. Example:
            9cc10173-e9ea-4176-9dbc-a4cee4c4ff30.
        region (str | Unset): A slug identifier for the region where the read-only replica will be located. If excluded,
            the replica will be placed in the same region as the cluster. Example: nyc3.
        size (str | Unset): A slug identifier representing the size of the node for the read-only replica. The size of
            the replica must be at least as large as the node size for the database cluster from which it is replicating.
            Example: db-s-2vcpu-4gb.
        status (DatabaseReplicaReadStatus | Unset): A string representing the current status of the database cluster.
            Example: creating.
        tags (list[str] | Unset): A flat array of tag names as strings applied to the read-only replica.<br><br>Requires
            `tag:read` scope. Example: ['production'].
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the database cluster was created. Example: 2019-01-11T18:37:36Z.
        private_network_uuid (str | Unset): A string specifying the UUID of the VPC to which the read-only replica will
            be assigned. If excluded, the replica will be assigned to your account's default VPC for the region.
            <br><br>Requires `vpc:read` scope. Example: 9423cbad-9211-442f-820b-ef6915e99b5f.
        connection (DatabaseReplicaReadConnection | Unset):
        private_connection (DatabaseReplicaReadPrivateConnection | Unset):
        storage_size_mib (int | Unset): Additional storage added to the cluster, in MiB. If null, no additional storage
            is added to the cluster, beyond what is provided as a base amount from the 'size' and any previously added
            additional storage. Example: 61440.
        do_settings (DatabaseReplicaReadDoSettings | Unset):
    """

    name: str
    id: UUID | Unset = UNSET
    region: str | Unset = UNSET
    size: str | Unset = UNSET
    status: DatabaseReplicaReadStatus | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    private_network_uuid: str | Unset = UNSET
    connection: DatabaseReplicaReadConnection | Unset = UNSET
    private_connection: DatabaseReplicaReadPrivateConnection | Unset = UNSET
    storage_size_mib: int | Unset = UNSET
    do_settings: DatabaseReplicaReadDoSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        region = self.region

        size = self.size

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        private_network_uuid = self.private_network_uuid

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        private_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_connection, Unset):
            private_connection = self.private_connection.to_dict()

        storage_size_mib = self.storage_size_mib

        do_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_settings, Unset):
            do_settings = self.do_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if private_network_uuid is not UNSET:
            field_dict["private_network_uuid"] = private_network_uuid
        if connection is not UNSET:
            field_dict["connection"] = connection
        if private_connection is not UNSET:
            field_dict["private_connection"] = private_connection
        if storage_size_mib is not UNSET:
            field_dict["storage_size_mib"] = storage_size_mib
        if do_settings is not UNSET:
            field_dict["do_settings"] = do_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_replica_read_connection import (
            DatabaseReplicaReadConnection,
        )
        from ..models.database_replica_read_do_settings import (
            DatabaseReplicaReadDoSettings,
        )
        from ..models.database_replica_read_private_connection import (
            DatabaseReplicaReadPrivateConnection,
        )

        d = dict(src_dict)
        name = d.pop("name")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        region = d.pop("region", UNSET)

        size = d.pop("size", UNSET)

        _status = d.pop("status", UNSET)
        status: DatabaseReplicaReadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatabaseReplicaReadStatus(_status)

        tags = cast(list[str], d.pop("tags", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        private_network_uuid = d.pop("private_network_uuid", UNSET)

        _connection = d.pop("connection", UNSET)
        connection: DatabaseReplicaReadConnection | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = DatabaseReplicaReadConnection.from_dict(_connection)

        _private_connection = d.pop("private_connection", UNSET)
        private_connection: DatabaseReplicaReadPrivateConnection | Unset
        if isinstance(_private_connection, Unset):
            private_connection = UNSET
        else:
            private_connection = DatabaseReplicaReadPrivateConnection.from_dict(
                _private_connection
            )

        storage_size_mib = d.pop("storage_size_mib", UNSET)

        _do_settings = d.pop("do_settings", UNSET)
        do_settings: DatabaseReplicaReadDoSettings | Unset
        if isinstance(_do_settings, Unset):
            do_settings = UNSET
        else:
            do_settings = DatabaseReplicaReadDoSettings.from_dict(_do_settings)

        database_replica_read = cls(
            name=name,
            id=id,
            region=region,
            size=size,
            status=status,
            tags=tags,
            created_at=created_at,
            private_network_uuid=private_network_uuid,
            connection=connection,
            private_connection=private_connection,
            storage_size_mib=storage_size_mib,
            do_settings=do_settings,
        )

        database_replica_read.additional_properties = d
        return database_replica_read

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
