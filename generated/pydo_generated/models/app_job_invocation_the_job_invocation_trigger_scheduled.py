from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_job_invocation_the_job_invocation_trigger_scheduled_schedule import (
        AppJobInvocationTheJobInvocationTriggerScheduledSchedule,
    )


T = TypeVar("T", bound="AppJobInvocationTheJobInvocationTriggerScheduled")


@_attrs_define
class AppJobInvocationTheJobInvocationTriggerScheduled:
    """The schedule for the job

    Example:
        {'schedule': {'cron': '0 0 * * *', 'time_zone': 'America/New_York'}}

    Attributes:
        schedule (AppJobInvocationTheJobInvocationTriggerScheduledSchedule | Unset):
    """

    schedule: AppJobInvocationTheJobInvocationTriggerScheduledSchedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_job_invocation_the_job_invocation_trigger_scheduled_schedule import (
            AppJobInvocationTheJobInvocationTriggerScheduledSchedule,
        )

        d = dict(src_dict)
        _schedule = d.pop("schedule", UNSET)
        schedule: AppJobInvocationTheJobInvocationTriggerScheduledSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = (
                AppJobInvocationTheJobInvocationTriggerScheduledSchedule.from_dict(
                    _schedule
                )
            )

        app_job_invocation_the_job_invocation_trigger_scheduled = cls(
            schedule=schedule,
        )

        app_job_invocation_the_job_invocation_trigger_scheduled.additional_properties = d
        return app_job_invocation_the_job_invocation_trigger_scheduled

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
