from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem")


@_attrs_define
class AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem:
    """
    Attributes:
        metric_label (str | Unset):  Example: activations_count.
        metric_value (float | Unset):  Example: 100.
        time_window (str | Unset):  Example: 1h.
    """

    metric_label: str | Unset = UNSET
    metric_value: float | Unset = UNSET
    time_window: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_label = self.metric_label

        metric_value = self.metric_value

        time_window = self.time_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_label is not UNSET:
            field_dict["metric_label"] = metric_label
        if metric_value is not UNSET:
            field_dict["metric_value"] = metric_value
        if time_window is not UNSET:
            field_dict["time_window"] = time_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric_label = d.pop("metric_label", UNSET)

        metric_value = d.pop("metric_value", UNSET)

        time_window = d.pop("time_window", UNSET)

        app_functions_component_health_functions_component_health_metrics_item = cls(
            metric_label=metric_label,
            metric_value=metric_value,
            time_window=time_window,
        )

        app_functions_component_health_functions_component_health_metrics_item.additional_properties = d
        return app_functions_component_health_functions_component_health_metrics_item

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
