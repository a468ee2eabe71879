from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppAutoscalingSpecMetricsCpu")


@_attrs_define
class AppAutoscalingSpecMetricsCpu:
    """Settings for scaling the component based on CPU utilization.

    Attributes:
        percent (int | Unset): The average target CPU utilization for the component. Default: 80. Example: 75.
    """

    percent: int | Unset = 80
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        percent = d.pop("percent", UNSET)

        app_autoscaling_spec_metrics_cpu = cls(
            percent=percent,
        )

        app_autoscaling_spec_metrics_cpu.additional_properties = d
        return app_autoscaling_spec_metrics_cpu

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
