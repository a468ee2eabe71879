from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_metric import ApiEvaluationMetric


T = TypeVar("T", bound="ApiListEvaluationMetricsOutput")


@_attrs_define
class ApiListEvaluationMetricsOutput:
    """
    Attributes:
        metrics (list[ApiEvaluationMetric] | Unset):
    """

    metrics: list[ApiEvaluationMetric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_metric import ApiEvaluationMetric

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: list[ApiEvaluationMetric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = ApiEvaluationMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        api_list_evaluation_metrics_output = cls(
            metrics=metrics,
        )

        api_list_evaluation_metrics_output.additional_properties = d
        return api_list_evaluation_metrics_output

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
