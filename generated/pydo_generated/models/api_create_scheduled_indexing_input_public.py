from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCreateScheduledIndexingInputPublic")


@_attrs_define
class ApiCreateScheduledIndexingInputPublic:
    """
    Attributes:
        days (list[int] | Unset): Days for execution (day is represented same as in a cron expression, e.g. Monday
            begins with 1 )
        knowledge_base_uuid (str | Unset): Knowledge base uuid for which the schedule is created Example:
            123e4567-e89b-12d3-a456-426614174000.
        time (str | Unset): Time of execution (HH:MM) UTC Example: example string.
    """

    days: list[int] | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days: list[int] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        knowledge_base_uuid = self.knowledge_base_uuid

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        days = cast(list[int], d.pop("days", UNSET))

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        time = d.pop("time", UNSET)

        api_create_scheduled_indexing_input_public = cls(
            days=days,
            knowledge_base_uuid=knowledge_base_uuid,
            time=time,
        )

        api_create_scheduled_indexing_input_public.additional_properties = d
        return api_create_scheduled_indexing_input_public

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
