from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_autoscaling_spec_service_metrics_request_duration import (
        AppAutoscalingSpecServiceMetricsRequestDuration,
    )
    from ..models.app_autoscaling_spec_service_metrics_requests_per_second import (
        AppAutoscalingSpecServiceMetricsRequestsPerSecond,
    )


T = TypeVar("T", bound="AppAutoscalingSpecServiceMetrics")


@_attrs_define
class AppAutoscalingSpecServiceMetrics:
    """
    Attributes:
        requests_per_second (AppAutoscalingSpecServiceMetricsRequestsPerSecond | Unset): Settings for scaling the
            component based on requests per second.
        request_duration (AppAutoscalingSpecServiceMetricsRequestDuration | Unset): Settings for scaling the component
            based on request duration.
    """

    requests_per_second: AppAutoscalingSpecServiceMetricsRequestsPerSecond | Unset = (
        UNSET
    )
    request_duration: AppAutoscalingSpecServiceMetricsRequestDuration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests_per_second: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests_per_second, Unset):
            requests_per_second = self.requests_per_second.to_dict()

        request_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_duration, Unset):
            request_duration = self.request_duration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requests_per_second is not UNSET:
            field_dict["requests_per_second"] = requests_per_second
        if request_duration is not UNSET:
            field_dict["request_duration"] = request_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_autoscaling_spec_service_metrics_request_duration import (
            AppAutoscalingSpecServiceMetricsRequestDuration,
        )
        from ..models.app_autoscaling_spec_service_metrics_requests_per_second import (
            AppAutoscalingSpecServiceMetricsRequestsPerSecond,
        )

        d = dict(src_dict)
        _requests_per_second = d.pop("requests_per_second", UNSET)
        requests_per_second: AppAutoscalingSpecServiceMetricsRequestsPerSecond | Unset
        if isinstance(_requests_per_second, Unset):
            requests_per_second = UNSET
        else:
            requests_per_second = (
                AppAutoscalingSpecServiceMetricsRequestsPerSecond.from_dict(
                    _requests_per_second
                )
            )

        _request_duration = d.pop("request_duration", UNSET)
        request_duration: AppAutoscalingSpecServiceMetricsRequestDuration | Unset
        if isinstance(_request_duration, Unset):
            request_duration = UNSET
        else:
            request_duration = (
                AppAutoscalingSpecServiceMetricsRequestDuration.from_dict(
                    _request_duration
                )
            )

        app_autoscaling_spec_service_metrics = cls(
            requests_per_second=requests_per_second,
            request_duration=request_duration,
        )

        app_autoscaling_spec_service_metrics.additional_properties = d
        return app_autoscaling_spec_service_metrics

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
