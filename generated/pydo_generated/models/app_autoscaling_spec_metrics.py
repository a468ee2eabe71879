from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_autoscaling_spec_metrics_cpu import AppAutoscalingSpecMetricsCpu


T = TypeVar("T", bound="AppAutoscalingSpecMetrics")


@_attrs_define
class AppAutoscalingSpecMetrics:
    """The metrics that the component is scaled on.

    Attributes:
        cpu (AppAutoscalingSpecMetricsCpu | Unset): Settings for scaling the component based on CPU utilization.
    """

    cpu: AppAutoscalingSpecMetricsCpu | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_autoscaling_spec_metrics_cpu import (
            AppAutoscalingSpecMetricsCpu,
        )

        d = dict(src_dict)
        _cpu = d.pop("cpu", UNSET)
        cpu: AppAutoscalingSpecMetricsCpu | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = AppAutoscalingSpecMetricsCpu.from_dict(_cpu)

        app_autoscaling_spec_metrics = cls(
            cpu=cpu,
        )

        app_autoscaling_spec_metrics.additional_properties = d
        return app_autoscaling_spec_metrics

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
