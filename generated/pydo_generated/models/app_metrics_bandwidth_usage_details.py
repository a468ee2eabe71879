from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppMetricsBandwidthUsageDetails")


@_attrs_define
class AppMetricsBandwidthUsageDetails:
    """Bandwidth usage for an app.

    Attributes:
        app_id (str | Unset): The ID of the app. Example: 4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf.
        bandwidth_bytes (str | Unset): The used bandwidth amount in bytes. Example: 513668.
    """

    app_id: str | Unset = UNSET
    bandwidth_bytes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        bandwidth_bytes = self.bandwidth_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if bandwidth_bytes is not UNSET:
            field_dict["bandwidth_bytes"] = bandwidth_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        bandwidth_bytes = d.pop("bandwidth_bytes", UNSET)

        app_metrics_bandwidth_usage_details = cls(
            app_id=app_id,
            bandwidth_bytes=bandwidth_bytes,
        )

        app_metrics_bandwidth_usage_details.additional_properties = d
        return app_metrics_bandwidth_usage_details

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
