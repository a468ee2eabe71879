from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiStarMetric")


@_attrs_define
class ApiStarMetric:
    """
    Attributes:
        metric_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        name (str | Unset):  Example: example name.
        success_threshold (float | Unset): The success threshold for the star metric.
            This is a value that the metric must reach to be considered successful. Example: 123.
        success_threshold_pct (int | Unset): The success threshold for the star metric.
            This is a percentage value between 0 and 100. Example: 123.
    """

    metric_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    success_threshold: float | Unset = UNSET
    success_threshold_pct: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_uuid = self.metric_uuid

        name = self.name

        success_threshold = self.success_threshold

        success_threshold_pct = self.success_threshold_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_uuid is not UNSET:
            field_dict["metric_uuid"] = metric_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if success_threshold is not UNSET:
            field_dict["success_threshold"] = success_threshold
        if success_threshold_pct is not UNSET:
            field_dict["success_threshold_pct"] = success_threshold_pct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric_uuid = d.pop("metric_uuid", UNSET)

        name = d.pop("name", UNSET)

        success_threshold = d.pop("success_threshold", UNSET)

        success_threshold_pct = d.pop("success_threshold_pct", UNSET)

        api_star_metric = cls(
            metric_uuid=metric_uuid,
            name=name,
            success_threshold=success_threshold,
            success_threshold_pct=success_threshold_pct,
        )

        api_star_metric.additional_properties = d
        return api_star_metric

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
