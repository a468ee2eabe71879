from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nfs_action_2_resource_type import NfsAction2ResourceType
from ..models.nfs_action_2_status import NfsAction2Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="NfsAction2")


@_attrs_define
class NfsAction2:
    """The action that was submitted.

    Attributes:
        region_slug (str): The DigitalOcean region slug where the resource is located. Example: s2r1.
        resource_id (UUID): The unique identifier of the resource on which the action is being performed. Example:
            7659ce91-354d-4f61-9cda-ae2c7feb61d9.
        resource_type (NfsAction2ResourceType): The type of resource on which the action is being performed. Access
            point
            mutations return `SHARE` with `resource_id` set to the access point UUID.
             Example: SHARE.
        started_at (datetime.datetime): The timestamp when the action was started. Example: 2026-06-25T08:11:12Z.
        status (NfsAction2Status): The current status of the action. Example: IN_PROGRESS.
        type_ (str): The type of action being performed. Share actions use values such as
            `RESIZE_SHARE` and `CREATE_SHARE`. Access point mutations use
            `CREATE_ACCESS_POINT` and `DELETE_ACCESS_POINT`.
             Example: CREATE_ACCESS_POINT.
        id (str | Unset): The unique identifier of the action. Example: 084c3b9c-2382-441b-92d4-10b095bb5d7c.
    """

    region_slug: str
    resource_id: UUID
    resource_type: NfsAction2ResourceType
    started_at: datetime.datetime
    status: NfsAction2Status
    type_: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_slug = self.region_slug

        resource_id = str(self.resource_id)

        resource_type = self.resource_type.value

        started_at = self.started_at.isoformat()

        status = self.status.value

        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region_slug": region_slug,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "started_at": started_at,
                "status": status,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region_slug = d.pop("region_slug")

        resource_id = UUID(d.pop("resource_id"))

        resource_type = NfsAction2ResourceType(d.pop("resource_type"))

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        status = NfsAction2Status(d.pop("status"))

        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        nfs_action_2 = cls(
            region_slug=region_slug,
            resource_id=resource_id,
            resource_type=resource_type,
            started_at=started_at,
            status=status,
            type_=type_,
            id=id,
        )

        nfs_action_2.additional_properties = d
        return nfs_action_2

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
