from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEventAutoscalingComponentsAdditionalProperty")


@_attrs_define
class AppEventAutoscalingComponentsAdditionalProperty:
    """
    Attributes:
        from_ (int | Unset): The number of replicas before scaling Example: 1.
        to (int | Unset): The number of replicas after scaling Example: 3.
        triggering_metric (str | Unset): The metric that triggered the scale change. Known values are "cpu",
            "requests_per_second", "request_duration". For inactivity sleep, "scale_from_zero" and "scale_to_zero" are used.
            Example: cpu.
    """

    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    triggering_metric: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        triggering_metric = self.triggering_metric

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if triggering_metric is not UNSET:
            field_dict["triggering_metric"] = triggering_metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        triggering_metric = d.pop("triggering_metric", UNSET)

        app_event_autoscaling_components_additional_property = cls(
            from_=from_,
            to=to,
            triggering_metric=triggering_metric,
        )

        app_event_autoscaling_components_additional_property.additional_properties = d
        return app_event_autoscaling_components_additional_property

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
