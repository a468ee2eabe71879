from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vpc_peering_base_status import VpcPeeringBaseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcPeeringBase")


@_attrs_define
class VpcPeeringBase:
    """
    Attributes:
        id (UUID | Unset): A unique ID that can be used to identify and reference the VPC peering. Example:
            5a4981aa-9653-4bd1-bef5-d6bff52042e4.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format. Example:
            2020-03-13T19:20:47.442049222Z.
        status (VpcPeeringBaseStatus | Unset): The current status of the VPC peering. Example: ACTIVE.
    """

    id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    status: VpcPeeringBaseStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _status = d.pop("status", UNSET)
        status: VpcPeeringBaseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VpcPeeringBaseStatus(_status)

        vpc_peering_base = cls(
            id=id,
            created_at=created_at,
            status=status,
        )

        vpc_peering_base.additional_properties = d
        return vpc_peering_base

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
