from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.droplet_backup_policy_hour import DropletBackupPolicyHour
from ..models.droplet_backup_policy_plan import DropletBackupPolicyPlan
from ..models.droplet_backup_policy_weekday import DropletBackupPolicyWeekday
from ..types import UNSET, Unset

T = TypeVar("T", bound="DropletBackupPolicyRecordBackupPolicy")


@_attrs_define
class DropletBackupPolicyRecordBackupPolicy:
    """
    Attributes:
        plan (DropletBackupPolicyPlan | Unset): The backup plan used for the Droplet. The plan can be either `daily` or
            `weekly`. Example: daily.
        weekday (DropletBackupPolicyWeekday | Unset): The day of the week on which the backup will occur. Example: SUN.
        hour (DropletBackupPolicyHour | Unset): The hour of the day that the backup window will start. Example: 0.
        window_length_hours (int | Unset): The length of the backup window starting from `hour`. Example: 4.
        retention_period_days (int | Unset): The number of days the backup will be retained. Example: 7.
    """

    plan: DropletBackupPolicyPlan | Unset = UNSET
    weekday: DropletBackupPolicyWeekday | Unset = UNSET
    hour: DropletBackupPolicyHour | Unset = UNSET
    window_length_hours: int | Unset = UNSET
    retention_period_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan: str | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.value

        weekday: str | Unset = UNSET
        if not isinstance(self.weekday, Unset):
            weekday = self.weekday.value

        hour: int | Unset = UNSET
        if not isinstance(self.hour, Unset):
            hour = self.hour.value

        window_length_hours = self.window_length_hours

        retention_period_days = self.retention_period_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan is not UNSET:
            field_dict["plan"] = plan
        if weekday is not UNSET:
            field_dict["weekday"] = weekday
        if hour is not UNSET:
            field_dict["hour"] = hour
        if window_length_hours is not UNSET:
            field_dict["window_length_hours"] = window_length_hours
        if retention_period_days is not UNSET:
            field_dict["retention_period_days"] = retention_period_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _plan = d.pop("plan", UNSET)
        plan: DropletBackupPolicyPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = DropletBackupPolicyPlan(_plan)

        _weekday = d.pop("weekday", UNSET)
        weekday: DropletBackupPolicyWeekday | Unset
        if isinstance(_weekday, Unset):
            weekday = UNSET
        else:
            weekday = DropletBackupPolicyWeekday(_weekday)

        _hour = d.pop("hour", UNSET)
        hour: DropletBackupPolicyHour | Unset
        if isinstance(_hour, Unset):
            hour = UNSET
        else:
            hour = DropletBackupPolicyHour(_hour)

        window_length_hours = d.pop("window_length_hours", UNSET)

        retention_period_days = d.pop("retention_period_days", UNSET)

        droplet_backup_policy_record_backup_policy = cls(
            plan=plan,
            weekday=weekday,
            hour=hour,
            window_length_hours=window_length_hours,
            retention_period_days=retention_period_days,
        )

        droplet_backup_policy_record_backup_policy.additional_properties = d
        return droplet_backup_policy_record_backup_policy

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
