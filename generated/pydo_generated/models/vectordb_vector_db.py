from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vectordb_vector_db_config import VectordbVectorDBConfig
    from ..models.vectordb_vector_db_endpoints import VectordbVectorDBEndpoints


T = TypeVar("T", bound="VectordbVectorDB")


@_attrs_define
class VectordbVectorDB:
    """VectorDB represents a provisioned vector database instance.

    Attributes:
        config (VectordbVectorDBConfig | Unset): VectorDBConfig holds optional, advanced cluster settings.
        created_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        endpoints (VectordbVectorDBEndpoints | Unset): VectorDBEndpoints contains the connection endpoints for a vector
            database instance.
        forked_from_id (str | Unset): ID of the vector database this instance was forked from. Empty when the
            instance was created directly via CreateVectorDB. Read-only and set by
            the platform at fork time; never modifiable through UpdateVectorDB. Example:
            123e4567-e89b-12d3-a456-426614174000.
        id (str | Unset):  Example: example string.
        last_restore_id (str | Unset): Backup_id of the most recent restore initiated against this instance.
            Empty if no restore has ever been triggered. Lets callers recover the
            identifier of an in-flight or last-completed restore without having
            to retain the RestoreBackupResponse themselves. Use it with
            GetRestoreStatus to fetch the live status. Example: 123e4567-e89b-12d3-a456-426614174000.
        name (str | Unset):  Example: example name.
        owner_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        project_id (str | Unset): Project this database belongs to. Example: 123e4567-e89b-12d3-a456-426614174000.
        region (str | Unset):  Example: tor1.
        size (str | Unset): Resource tier: small, medium, or large. Example: example string.
        status (str | Unset): Lifecycle state: pending, creating, active, errored, or deleting. Example: example string.
        tags (list[str] | Unset):  Example: ['example string'].
        updated_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
    """

    config: VectordbVectorDBConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    endpoints: VectordbVectorDBEndpoints | Unset = UNSET
    forked_from_id: str | Unset = UNSET
    id: str | Unset = UNSET
    last_restore_id: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_uuid: str | Unset = UNSET
    project_id: str | Unset = UNSET
    region: str | Unset = UNSET
    size: str | Unset = UNSET
    status: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

        forked_from_id = self.forked_from_id

        id = self.id

        last_restore_id = self.last_restore_id

        name = self.name

        owner_uuid = self.owner_uuid

        project_id = self.project_id

        region = self.region

        size = self.size

        status = self.status

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if forked_from_id is not UNSET:
            field_dict["forked_from_id"] = forked_from_id
        if id is not UNSET:
            field_dict["id"] = id
        if last_restore_id is not UNSET:
            field_dict["last_restore_id"] = last_restore_id
        if name is not UNSET:
            field_dict["name"] = name
        if owner_uuid is not UNSET:
            field_dict["owner_uuid"] = owner_uuid
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vectordb_vector_db_config import VectordbVectorDBConfig
        from ..models.vectordb_vector_db_endpoints import VectordbVectorDBEndpoints

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: VectordbVectorDBConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = VectordbVectorDBConfig.from_dict(_config)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: VectordbVectorDBEndpoints | Unset
        if isinstance(_endpoints, Unset):
            endpoints = UNSET
        else:
            endpoints = VectordbVectorDBEndpoints.from_dict(_endpoints)

        forked_from_id = d.pop("forked_from_id", UNSET)

        id = d.pop("id", UNSET)

        last_restore_id = d.pop("last_restore_id", UNSET)

        name = d.pop("name", UNSET)

        owner_uuid = d.pop("owner_uuid", UNSET)

        project_id = d.pop("project_id", UNSET)

        region = d.pop("region", UNSET)

        size = d.pop("size", UNSET)

        status = d.pop("status", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        vectordb_vector_db = cls(
            config=config,
            created_at=created_at,
            endpoints=endpoints,
            forked_from_id=forked_from_id,
            id=id,
            last_restore_id=last_restore_id,
            name=name,
            owner_uuid=owner_uuid,
            project_id=project_id,
            region=region,
            size=size,
            status=status,
            tags=tags,
            updated_at=updated_at,
        )

        vectordb_vector_db.additional_properties = d
        return vectordb_vector_db

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
