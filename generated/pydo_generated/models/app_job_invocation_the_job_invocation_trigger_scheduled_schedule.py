from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppJobInvocationTheJobInvocationTriggerScheduledSchedule")


@_attrs_define
class AppJobInvocationTheJobInvocationTriggerScheduledSchedule:
    """
    Attributes:
        cron (str | Unset): The cron expression defining the schedule Example: 0 0 * * *.
        time_zone (str | Unset): The time zone for the schedule Example: America/New_York.
    """

    cron: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron is not UNSET:
            field_dict["cron"] = cron
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cron = d.pop("cron", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        app_job_invocation_the_job_invocation_trigger_scheduled_schedule = cls(
            cron=cron,
            time_zone=time_zone,
        )

        app_job_invocation_the_job_invocation_trigger_scheduled_schedule.additional_properties = d
        return app_job_invocation_the_job_invocation_trigger_scheduled_schedule

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
