from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiScheduledIndexingInfo")


@_attrs_define
class ApiScheduledIndexingInfo:
    """Metadata for scheduled indexing entries

    Attributes:
        created_at (datetime.datetime | Unset): Created at timestamp Example: 2023-01-01T00:00:00Z.
        days (list[int] | Unset): Days for execution (day is represented same as in a cron expression, e.g. Monday
            begins with 1 )
        deleted_at (datetime.datetime | Unset): Deleted at timestamp (if soft deleted) Example: 2023-01-01T00:00:00Z.
        is_active (bool | Unset): Whether the schedule is currently active Example: True.
        knowledge_base_uuid (str | Unset): Knowledge base uuid associated with this schedule Example:
            123e4567-e89b-12d3-a456-426614174000.
        last_ran_at (datetime.datetime | Unset): Last time the schedule was executed Example: 2023-01-01T00:00:00Z.
        next_run_at (datetime.datetime | Unset): Next scheduled run Example: 2023-01-01T00:00:00Z.
        time (str | Unset): Scheduled time of execution (HH:MM:SS format) Example: example string.
        updated_at (datetime.datetime | Unset): Updated at timestamp Example: 2023-01-01T00:00:00Z.
        uuid (str | Unset): Unique identifier for the scheduled indexing entry Example:
            123e4567-e89b-12d3-a456-426614174000.
    """

    created_at: datetime.datetime | Unset = UNSET
    days: list[int] | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    is_active: bool | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    last_ran_at: datetime.datetime | Unset = UNSET
    next_run_at: datetime.datetime | Unset = UNSET
    time: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        days: list[int] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        is_active = self.is_active

        knowledge_base_uuid = self.knowledge_base_uuid

        last_ran_at: str | Unset = UNSET
        if not isinstance(self.last_ran_at, Unset):
            last_ran_at = self.last_ran_at.isoformat()

        next_run_at: str | Unset = UNSET
        if not isinstance(self.next_run_at, Unset):
            next_run_at = self.next_run_at.isoformat()

        time = self.time

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if days is not UNSET:
            field_dict["days"] = days
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid
        if last_ran_at is not UNSET:
            field_dict["last_ran_at"] = last_ran_at
        if next_run_at is not UNSET:
            field_dict["next_run_at"] = next_run_at
        if time is not UNSET:
            field_dict["time"] = time
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        days = cast(list[int], d.pop("days", UNSET))

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        is_active = d.pop("is_active", UNSET)

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        _last_ran_at = d.pop("last_ran_at", UNSET)
        last_ran_at: datetime.datetime | Unset
        if isinstance(_last_ran_at, Unset):
            last_ran_at = UNSET
        else:
            last_ran_at = datetime.datetime.fromisoformat(_last_ran_at)

        _next_run_at = d.pop("next_run_at", UNSET)
        next_run_at: datetime.datetime | Unset
        if isinstance(_next_run_at, Unset):
            next_run_at = UNSET
        else:
            next_run_at = datetime.datetime.fromisoformat(_next_run_at)

        time = d.pop("time", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        uuid = d.pop("uuid", UNSET)

        api_scheduled_indexing_info = cls(
            created_at=created_at,
            days=days,
            deleted_at=deleted_at,
            is_active=is_active,
            knowledge_base_uuid=knowledge_base_uuid,
            last_ran_at=last_ran_at,
            next_run_at=next_run_at,
            time=time,
            updated_at=updated_at,
            uuid=uuid,
        )

        api_scheduled_indexing_info.additional_properties = d
        return api_scheduled_indexing_info

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
