from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vpc_peering_base_status import VpcPeeringBaseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcPeering")


@_attrs_define
class VpcPeering:
    """
    Attributes:
        id (UUID | Unset): A unique ID that can be used to identify and reference the VPC peering. Example:
            5a4981aa-9653-4bd1-bef5-d6bff52042e4.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format. Example:
            2020-03-13T19:20:47.442049222Z.
        status (VpcPeeringBaseStatus | Unset): The current status of the VPC peering. Example: ACTIVE.
        vpc_ids (list[UUID] | Unset): An array of the two peered VPCs IDs. Example:
            ['c140286f-e6ce-4131-8b7b-df4590ce8d6a', '994a2735-dc84-11e8-80bc-3cfdfea9fba1'].
        name (str | Unset): The name of the VPC peering. Must be unique within the team and may only contain
            alphanumeric characters and dashes. Example: nyc1-blr1-peering.
    """

    id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    status: VpcPeeringBaseStatus | Unset = UNSET
    vpc_ids: list[UUID] | Unset = UNSET
    name: str | Unset = UNSET
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

        vpc_ids: list[str] | Unset = UNSET
        if not isinstance(self.vpc_ids, Unset):
            vpc_ids = []
            for vpc_ids_item_data in self.vpc_ids:
                vpc_ids_item = str(vpc_ids_item_data)
                vpc_ids.append(vpc_ids_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if vpc_ids is not UNSET:
            field_dict["vpc_ids"] = vpc_ids
        if name is not UNSET:
            field_dict["name"] = name

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

        _vpc_ids = d.pop("vpc_ids", UNSET)
        vpc_ids: list[UUID] | Unset = UNSET
        if _vpc_ids is not UNSET:
            vpc_ids = []
            for vpc_ids_item_data in _vpc_ids:
                vpc_ids_item = UUID(vpc_ids_item_data)

                vpc_ids.append(vpc_ids_item)

        name = d.pop("name", UNSET)

        vpc_peering = cls(
            id=id,
            created_at=created_at,
            status=status,
            vpc_ids=vpc_ids,
            name=name,
        )

        vpc_peering.additional_properties = d
        return vpc_peering

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
