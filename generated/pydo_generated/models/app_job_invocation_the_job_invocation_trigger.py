from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_job_invocation_the_job_invocation_trigger_type import (
    AppJobInvocationTheJobInvocationTriggerType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_job_invocation_the_job_invocation_trigger_manual import (
        AppJobInvocationTheJobInvocationTriggerManual,
    )
    from ..models.app_job_invocation_the_job_invocation_trigger_scheduled import (
        AppJobInvocationTheJobInvocationTriggerScheduled,
    )


T = TypeVar("T", bound="AppJobInvocationTheJobInvocationTrigger")


@_attrs_define
class AppJobInvocationTheJobInvocationTrigger:
    """
    Attributes:
        type_ (AppJobInvocationTheJobInvocationTriggerType | Unset): The type of trigger that initiated the job
            invocation. Default: AppJobInvocationTheJobInvocationTriggerType.UNKNOWN. Example: MANUAL.
        scheduled (AppJobInvocationTheJobInvocationTriggerScheduled | Unset): The schedule for the job Example:
            {'schedule': {'cron': '0 0 * * *', 'time_zone': 'America/New_York'}}.
        manual (AppJobInvocationTheJobInvocationTriggerManual | Unset): Details about the manual trigger, if applicable
            Example: {'user': {'uuid': '550e8400-e29b-41d4-a716-446655440000', 'email': 'user@example.com', 'full_name':
            'John Doe'}}.
    """

    type_: AppJobInvocationTheJobInvocationTriggerType | Unset = (
        AppJobInvocationTheJobInvocationTriggerType.UNKNOWN
    )
    scheduled: AppJobInvocationTheJobInvocationTriggerScheduled | Unset = UNSET
    manual: AppJobInvocationTheJobInvocationTriggerManual | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        scheduled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled, Unset):
            scheduled = self.scheduled.to_dict()

        manual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual, Unset):
            manual = self.manual.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if manual is not UNSET:
            field_dict["manual"] = manual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_job_invocation_the_job_invocation_trigger_manual import (
            AppJobInvocationTheJobInvocationTriggerManual,
        )
        from ..models.app_job_invocation_the_job_invocation_trigger_scheduled import (
            AppJobInvocationTheJobInvocationTriggerScheduled,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AppJobInvocationTheJobInvocationTriggerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AppJobInvocationTheJobInvocationTriggerType(_type_)

        _scheduled = d.pop("scheduled", UNSET)
        scheduled: AppJobInvocationTheJobInvocationTriggerScheduled | Unset
        if isinstance(_scheduled, Unset):
            scheduled = UNSET
        else:
            scheduled = AppJobInvocationTheJobInvocationTriggerScheduled.from_dict(
                _scheduled
            )

        _manual = d.pop("manual", UNSET)
        manual: AppJobInvocationTheJobInvocationTriggerManual | Unset
        if isinstance(_manual, Unset):
            manual = UNSET
        else:
            manual = AppJobInvocationTheJobInvocationTriggerManual.from_dict(_manual)

        app_job_invocation_the_job_invocation_trigger = cls(
            type_=type_,
            scheduled=scheduled,
            manual=manual,
        )

        app_job_invocation_the_job_invocation_trigger.additional_properties = d
        return app_job_invocation_the_job_invocation_trigger

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
