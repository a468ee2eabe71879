from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_status import NodeStatus


T = TypeVar("T", bound="Node")


@_attrs_define
class Node:
    """
    Attributes:
        id (UUID | Unset): A unique ID that can be used to identify and reference the node. Example:
            e78247f8-b1bb-4f7a-8db9-2a5f8d4b8f8f.
        name (str | Unset): An automatically generated, human-readable name for the node. Example: adoring-newton-3niq.
        status (NodeStatus | Unset): An object containing a `state` attribute whose value is set to a string indicating
            the current status of the node.
        droplet_id (str | Unset): The ID of the Droplet used for the worker node. Example: 205545370.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the node was created. Example: 2018-11-15T16:00:11Z.
        updated_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the node was last updated. Example: 2018-11-15T16:00:11Z.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    status: NodeStatus | Unset = UNSET
    droplet_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        droplet_id = self.droplet_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if droplet_id is not UNSET:
            field_dict["droplet_id"] = droplet_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_status import NodeStatus

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: NodeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NodeStatus.from_dict(_status)

        droplet_id = d.pop("droplet_id", UNSET)

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

        node = cls(
            id=id,
            name=name,
            status=status,
            droplet_id=droplet_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        node.additional_properties = d
        return node

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
