from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupportedDropletBackupPolicy")


@_attrs_define
class SupportedDropletBackupPolicy:
    """
    Attributes:
        name (str | Unset): The name of the Droplet backup plan. Example: daily.
        possible_window_starts (list[int] | Unset): An array of integers representing the hours of the day that a backup
            can
            start.
             Example: [0, 4, 8, 12, 16, 20].
        window_length_hours (int | Unset): The number of hours that a backup window is open. Example: 4.
        retention_period_days (int | Unset): The number of days that a backup will be kept. Example: 7.
        possible_days (list[str] | Unset): The day of the week the backup will occur. Example: ['SUN', 'MON', 'TUE',
            'WED', 'THU', 'FRI', 'SAT'].
    """

    name: str | Unset = UNSET
    possible_window_starts: list[int] | Unset = UNSET
    window_length_hours: int | Unset = UNSET
    retention_period_days: int | Unset = UNSET
    possible_days: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        possible_window_starts: list[int] | Unset = UNSET
        if not isinstance(self.possible_window_starts, Unset):
            possible_window_starts = self.possible_window_starts

        window_length_hours = self.window_length_hours

        retention_period_days = self.retention_period_days

        possible_days: list[str] | Unset = UNSET
        if not isinstance(self.possible_days, Unset):
            possible_days = self.possible_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if possible_window_starts is not UNSET:
            field_dict["possible_window_starts"] = possible_window_starts
        if window_length_hours is not UNSET:
            field_dict["window_length_hours"] = window_length_hours
        if retention_period_days is not UNSET:
            field_dict["retention_period_days"] = retention_period_days
        if possible_days is not UNSET:
            field_dict["possible_days"] = possible_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        possible_window_starts = cast(list[int], d.pop("possible_window_starts", UNSET))

        window_length_hours = d.pop("window_length_hours", UNSET)

        retention_period_days = d.pop("retention_period_days", UNSET)

        possible_days = cast(list[str], d.pop("possible_days", UNSET))

        supported_droplet_backup_policy = cls(
            name=name,
            possible_window_starts=possible_window_starts,
            window_length_hours=window_length_hours,
            retention_period_days=retention_period_days,
            possible_days=possible_days,
        )

        supported_droplet_backup_policy.additional_properties = d
        return supported_droplet_backup_policy

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
