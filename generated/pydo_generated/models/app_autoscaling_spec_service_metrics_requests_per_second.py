from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppAutoscalingSpecServiceMetricsRequestsPerSecond")


@_attrs_define
class AppAutoscalingSpecServiceMetricsRequestsPerSecond:
    """Settings for scaling the component based on requests per second.

    Attributes:
        per_instance (int | Unset): The target number of requests per second per instance for the component. Example:
            100.
    """

    per_instance: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_instance = self.per_instance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_instance is not UNSET:
            field_dict["per_instance"] = per_instance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        per_instance = d.pop("per_instance", UNSET)

        app_autoscaling_spec_service_metrics_requests_per_second = cls(
            per_instance=per_instance,
        )

        app_autoscaling_spec_service_metrics_requests_per_second.additional_properties = d
        return app_autoscaling_spec_service_metrics_requests_per_second

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
