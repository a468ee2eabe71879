from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.maintenance_policy_type_0_day import MaintenancePolicyType0Day
from ..types import UNSET, Unset

T = TypeVar("T", bound="MaintenancePolicyType0")


@_attrs_define
class MaintenancePolicyType0:
    """An object specifying the maintenance window policy for the Kubernetes cluster.

    Attributes:
        start_time (str | Unset): The start time in UTC of the maintenance window policy in 24-hour clock format / HH:MM
            notation (e.g., `15:00`). Example: 12:00.
        duration (str | Unset): The duration of the maintenance window policy in human-readable format. Example: 4h0m0s.
        day (MaintenancePolicyType0Day | Unset): The day of the maintenance window policy. May be one of `monday`
            through `sunday`, or `any` to indicate an arbitrary week day. Example: any.
    """

    start_time: str | Unset = UNSET
    duration: str | Unset = UNSET
    day: MaintenancePolicyType0Day | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        duration = self.duration

        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if day is not UNSET:
            field_dict["day"] = day

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_time = d.pop("start_time", UNSET)

        duration = d.pop("duration", UNSET)

        _day = d.pop("day", UNSET)
        day: MaintenancePolicyType0Day | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = MaintenancePolicyType0Day(_day)

        maintenance_policy_type_0 = cls(
            start_time=start_time,
            duration=duration,
            day=day,
        )

        maintenance_policy_type_0.additional_properties = d
        return maintenance_policy_type_0

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
