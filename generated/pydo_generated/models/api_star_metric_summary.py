from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiStarMetricSummary")


@_attrs_define
class ApiStarMetricSummary:
    """Star metric summary with identifying details and threshold.

    Attributes:
        metric_name (str | Unset):  Example: example name.
        metric_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        threshold (float | Unset):  Example: 123.
    """

    metric_name: str | Unset = UNSET
    metric_uuid: str | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        metric_uuid = self.metric_uuid

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name
        if metric_uuid is not UNSET:
            field_dict["metric_uuid"] = metric_uuid
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric_name = d.pop("metric_name", UNSET)

        metric_uuid = d.pop("metric_uuid", UNSET)

        threshold = d.pop("threshold", UNSET)

        api_star_metric_summary = cls(
            metric_name=metric_name,
            metric_uuid=metric_uuid,
            threshold=threshold,
        )

        api_star_metric_summary.additional_properties = d
        return api_star_metric_summary

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
