from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppAutoscalingSpecServiceMetricsRequestDuration")


@_attrs_define
class AppAutoscalingSpecServiceMetricsRequestDuration:
    """Settings for scaling the component based on request duration.

    Attributes:
        p95_milliseconds (int | Unset): The p95 target request duration in milliseconds for the component. Example: 500.
    """

    p95_milliseconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        p95_milliseconds = self.p95_milliseconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if p95_milliseconds is not UNSET:
            field_dict["p95_milliseconds"] = p95_milliseconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        p95_milliseconds = d.pop("p95_milliseconds", UNSET)

        app_autoscaling_spec_service_metrics_request_duration = cls(
            p95_milliseconds=p95_milliseconds,
        )

        app_autoscaling_spec_service_metrics_request_duration.additional_properties = d
        return app_autoscaling_spec_service_metrics_request_duration

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
