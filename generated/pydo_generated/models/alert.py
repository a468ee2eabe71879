from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_updatable_comparison import AlertUpdatableComparison
from ..models.alert_updatable_period import AlertUpdatablePeriod
from ..models.alert_updatable_type import AlertUpdatableType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification import Notification


T = TypeVar("T", bound="Alert")


@_attrs_define
class Alert:
    """
    Attributes:
        id (UUID | Unset): A unique ID that can be used to identify and reference the alert. Example:
            5a4981aa-9653-4bd1-bef5-d6bff52042e4.
        name (str | Unset): A human-friendly display name. Example: Landing page degraded performance.
        type_ (AlertUpdatableType | Unset): The type of alert. Example: latency.
        threshold (int | Unset): The threshold at which the alert will enter a trigger state. The specific threshold is
            dependent on the alert type. Example: 300.
        comparison (AlertUpdatableComparison | Unset): The comparison operator used against the alert's threshold.
            Example: greater_than.
        notifications (Notification | Unset): The notification settings for a trigger alert.
        period (AlertUpdatablePeriod | Unset): Period of time the threshold must be exceeded to trigger the alert.
            Example: 2m.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    type_: AlertUpdatableType | Unset = UNSET
    threshold: int | Unset = UNSET
    comparison: AlertUpdatableComparison | Unset = UNSET
    notifications: Notification | Unset = UNSET
    period: AlertUpdatablePeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        threshold = self.threshold

        comparison: str | Unset = UNSET
        if not isinstance(self.comparison, Unset):
            comparison = self.comparison.value

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        period: str | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if comparison is not UNSET:
            field_dict["comparison"] = comparison
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification import Notification

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AlertUpdatableType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AlertUpdatableType(_type_)

        threshold = d.pop("threshold", UNSET)

        _comparison = d.pop("comparison", UNSET)
        comparison: AlertUpdatableComparison | Unset
        if isinstance(_comparison, Unset):
            comparison = UNSET
        else:
            comparison = AlertUpdatableComparison(_comparison)

        _notifications = d.pop("notifications", UNSET)
        notifications: Notification | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = Notification.from_dict(_notifications)

        _period = d.pop("period", UNSET)
        period: AlertUpdatablePeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = AlertUpdatablePeriod(_period)

        alert = cls(
            id=id,
            name=name,
            type_=type_,
            threshold=threshold,
            comparison=comparison,
            notifications=notifications,
            period=period,
        )

        alert.additional_properties = d
        return alert

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
