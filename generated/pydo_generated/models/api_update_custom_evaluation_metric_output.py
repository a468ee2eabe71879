from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_metric import ApiEvaluationMetric


T = TypeVar("T", bound="ApiUpdateCustomEvaluationMetricOutput")


@_attrs_define
class ApiUpdateCustomEvaluationMetricOutput:
    """
    Attributes:
        metric (ApiEvaluationMetric | Unset):
    """

    metric: ApiEvaluationMetric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_metric import ApiEvaluationMetric

        d = dict(src_dict)
        _metric = d.pop("metric", UNSET)
        metric: ApiEvaluationMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = ApiEvaluationMetric.from_dict(_metric)

        api_update_custom_evaluation_metric_output = cls(
            metric=metric,
        )

        api_update_custom_evaluation_metric_output.additional_properties = d
        return api_update_custom_evaluation_metric_output

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
