from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_metrics_bandwidth_usage_details import (
        AppMetricsBandwidthUsageDetails,
    )


T = TypeVar("T", bound="AppMetricsBandwidthUsage")


@_attrs_define
class AppMetricsBandwidthUsage:
    """
    Attributes:
        app_bandwidth_usage (list[AppMetricsBandwidthUsageDetails] | Unset): A list of bandwidth usage details by app.
        date (datetime.datetime | Unset): The date for the metrics data. Example: 2023-01-17T00:00:00Z.
    """

    app_bandwidth_usage: list[AppMetricsBandwidthUsageDetails] | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_bandwidth_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.app_bandwidth_usage, Unset):
            app_bandwidth_usage = []
            for app_bandwidth_usage_item_data in self.app_bandwidth_usage:
                app_bandwidth_usage_item = app_bandwidth_usage_item_data.to_dict()
                app_bandwidth_usage.append(app_bandwidth_usage_item)

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_bandwidth_usage is not UNSET:
            field_dict["app_bandwidth_usage"] = app_bandwidth_usage
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_metrics_bandwidth_usage_details import (
            AppMetricsBandwidthUsageDetails,
        )

        d = dict(src_dict)
        _app_bandwidth_usage = d.pop("app_bandwidth_usage", UNSET)
        app_bandwidth_usage: list[AppMetricsBandwidthUsageDetails] | Unset = UNSET
        if _app_bandwidth_usage is not UNSET:
            app_bandwidth_usage = []
            for app_bandwidth_usage_item_data in _app_bandwidth_usage:
                app_bandwidth_usage_item = AppMetricsBandwidthUsageDetails.from_dict(
                    app_bandwidth_usage_item_data
                )

                app_bandwidth_usage.append(app_bandwidth_usage_item)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        app_metrics_bandwidth_usage = cls(
            app_bandwidth_usage=app_bandwidth_usage,
            date=date,
        )

        app_metrics_bandwidth_usage.additional_properties = d
        return app_metrics_bandwidth_usage

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
