from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricsResultMetric")


@_attrs_define
class MetricsResultMetric:
    """An object containing the metric's labels. These labels are key/value pairs that vary depending on the metric being
    queried. For example, load balancer metrics contain a `lb_id` label, while Droplet metrics contain a `host_id`
    label, and App Platform metrics contain a `app_component` label.

        Example:
            {'host_id': '19201920'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metrics_result_metric = cls()

        metrics_result_metric.additional_properties = d
        return metrics_result_metric

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
