from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_autoscaling_spec_metrics import AppAutoscalingSpecMetrics


T = TypeVar("T", bound="AppAutoscalingSpecService")


@_attrs_define
class AppAutoscalingSpecService:
    """
    Attributes:
        min_instance_count (int | Unset): The minimum amount of instances for this component. Example: 2.
        max_instance_count (int | Unset): The maximum amount of instances for this component. Maximum 250. Consider
            using a larger instance size if your application requires more than 250 instances. Example: 3.
        metrics (AppAutoscalingSpecMetrics | Unset): The metrics that the component is scaled on.
    """

    min_instance_count: int | Unset = UNSET
    max_instance_count: int | Unset = UNSET
    metrics: AppAutoscalingSpecMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_instance_count = self.min_instance_count

        max_instance_count = self.max_instance_count

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_instance_count is not UNSET:
            field_dict["min_instance_count"] = min_instance_count
        if max_instance_count is not UNSET:
            field_dict["max_instance_count"] = max_instance_count
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_autoscaling_spec_metrics import AppAutoscalingSpecMetrics

        d = dict(src_dict)
        min_instance_count = d.pop("min_instance_count", UNSET)

        max_instance_count = d.pop("max_instance_count", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: AppAutoscalingSpecMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = AppAutoscalingSpecMetrics.from_dict(_metrics)

        app_autoscaling_spec_service = cls(
            min_instance_count=min_instance_count,
            max_instance_count=max_instance_count,
            metrics=metrics,
        )

        app_autoscaling_spec_service.additional_properties = d
        return app_autoscaling_spec_service

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
