from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseMaintenanceWindowType0")


@_attrs_define
class DatabaseMaintenanceWindowType0:
    """
    Attributes:
        day (str): The day of the week on which to apply maintenance updates. Example: tuesday.
        hour (str): The hour in UTC at which maintenance updates will be applied in 24 hour format. Example: 14:00.
        pending (bool | Unset): A boolean value indicating whether any maintenance is scheduled to be performed in the
            next window. Example: True.
        description (list[str] | Unset): A list of strings, each containing information about a pending maintenance
            update. Example: ['Update TimescaleDB to version 1.2.1', 'Upgrade to PostgreSQL 11.2 and 10.7 bugfix releases'].
    """

    day: str
    hour: str
    pending: bool | Unset = UNSET
    description: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        hour = self.hour

        pending = self.pending

        description: list[str] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "hour": hour,
            }
        )
        if pending is not UNSET:
            field_dict["pending"] = pending
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        day = d.pop("day")

        hour = d.pop("hour")

        pending = d.pop("pending", UNSET)

        description = cast(list[str], d.pop("description", UNSET))

        database_maintenance_window_type_0 = cls(
            day=day,
            hour=hour,
            pending=pending,
            description=description,
        )

        database_maintenance_window_type_0.additional_properties = d
        return database_maintenance_window_type_0

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
