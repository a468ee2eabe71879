from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_alert_progress_step_status import AppAlertProgressStepStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_alert_progress_step_reason import AppAlertProgressStepReason


T = TypeVar("T", bound="AppAlertProgressStep")


@_attrs_define
class AppAlertProgressStep:
    """
    Attributes:
        name (str | Unset):  Example: example_step.
        status (AppAlertProgressStepStatus | Unset):  Example: SUCCESS.
        started_at (datetime.datetime | Unset):  Example: 2020-11-19T20:27:18Z.
        ended_at (datetime.datetime | Unset):  Example: 2020-11-19T20:27:18Z.
        reason (AppAlertProgressStepReason | Unset):
    """

    name: str | Unset = UNSET
    status: AppAlertProgressStepStatus | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    reason: AppAlertProgressStepReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_alert_progress_step_reason import AppAlertProgressStepReason

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: AppAlertProgressStepStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AppAlertProgressStepStatus(_status)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _ended_at = d.pop("ended_at", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = datetime.datetime.fromisoformat(_ended_at)

        _reason = d.pop("reason", UNSET)
        reason: AppAlertProgressStepReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = AppAlertProgressStepReason.from_dict(_reason)

        app_alert_progress_step = cls(
            name=name,
            status=status,
            started_at=started_at,
            ended_at=ended_at,
            reason=reason,
        )

        app_alert_progress_step.additional_properties = d
        return app_alert_progress_step

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
