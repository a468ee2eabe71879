from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metrics_result_metric import MetricsResultMetric


T = TypeVar("T", bound="MetricsResult")


@_attrs_define
class MetricsResult:
    """
    Attributes:
        metric (MetricsResultMetric): An object containing the metric's labels. These labels are key/value pairs that
            vary depending on the metric being queried. For example, load balancer metrics contain a `lb_id` label, while
            Droplet metrics contain a `host_id` label, and App Platform metrics contain a `app_component` label. Example:
            {'host_id': '19201920'}.
        values (list[list[int | str]]): An array of values for the metric. Example: [[1435781430, '1'], [1435781445,
            '1']].
    """

    metric: MetricsResultMetric
    values: list[list[int | str]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.to_dict()

        values = []
        for values_item_data in self.values:
            values_item = []
            for values_item_item_data in values_item_data:
                values_item_item: int | str
                values_item_item = values_item_item_data
                values_item.append(values_item_item)

            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics_result_metric import MetricsResultMetric

        d = dict(src_dict)
        metric = MetricsResultMetric.from_dict(d.pop("metric"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = []
            _values_item = values_item_data
            for values_item_item_data in _values_item:

                def _parse_values_item_item(data: object) -> int | str:
                    return cast(int | str, data)

                values_item_item = _parse_values_item_item(values_item_item_data)

                values_item.append(values_item_item)

            values.append(values_item)

        metrics_result = cls(
            metric=metric,
            values=values,
        )

        metrics_result.additional_properties = d
        return metrics_result

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
