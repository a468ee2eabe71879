from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiMetricResultSummary")


@_attrs_define
class ApiMetricResultSummary:
    """Per-metric aggregated pass/fail statistics across all prompts.

    Attributes:
        description (str | Unset):  Example: example string.
        fail_count (int | Unset): Rows where the metric failed to score or completed below the threshold. Example: 123.
        fail_percent (float | Unset):  Example: 123.
        metric_name (str | Unset):  Example: example name.
        metric_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        pass_count (int | Unset): Rows where the metric completed and passed the configured threshold. Example: 123.
        pass_percent (float | Unset):  Example: 123.
        skip_percent (float | Unset): Percentage of rows that were skipped for this metric, computed as
            skipped_count divided by the total rows the metric saw
            (pass_count + fail_count + skipped_count). Example: 123.
        skipped_count (int | Unset): Rows where the metric was not evaluated for this prompt. Example: 123.
    """

    description: str | Unset = UNSET
    fail_count: int | Unset = UNSET
    fail_percent: float | Unset = UNSET
    metric_name: str | Unset = UNSET
    metric_uuid: str | Unset = UNSET
    pass_count: int | Unset = UNSET
    pass_percent: float | Unset = UNSET
    skip_percent: float | Unset = UNSET
    skipped_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        fail_count = self.fail_count

        fail_percent = self.fail_percent

        metric_name = self.metric_name

        metric_uuid = self.metric_uuid

        pass_count = self.pass_count

        pass_percent = self.pass_percent

        skip_percent = self.skip_percent

        skipped_count = self.skipped_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if fail_count is not UNSET:
            field_dict["fail_count"] = fail_count
        if fail_percent is not UNSET:
            field_dict["fail_percent"] = fail_percent
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name
        if metric_uuid is not UNSET:
            field_dict["metric_uuid"] = metric_uuid
        if pass_count is not UNSET:
            field_dict["pass_count"] = pass_count
        if pass_percent is not UNSET:
            field_dict["pass_percent"] = pass_percent
        if skip_percent is not UNSET:
            field_dict["skip_percent"] = skip_percent
        if skipped_count is not UNSET:
            field_dict["skipped_count"] = skipped_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        fail_count = d.pop("fail_count", UNSET)

        fail_percent = d.pop("fail_percent", UNSET)

        metric_name = d.pop("metric_name", UNSET)

        metric_uuid = d.pop("metric_uuid", UNSET)

        pass_count = d.pop("pass_count", UNSET)

        pass_percent = d.pop("pass_percent", UNSET)

        skip_percent = d.pop("skip_percent", UNSET)

        skipped_count = d.pop("skipped_count", UNSET)

        api_metric_result_summary = cls(
            description=description,
            fail_count=fail_count,
            fail_percent=fail_percent,
            metric_name=metric_name,
            metric_uuid=metric_uuid,
            pass_count=pass_count,
            pass_percent=pass_percent,
            skip_percent=skip_percent,
            skipped_count=skipped_count,
        )

        api_metric_result_summary.additional_properties = d
        return api_metric_result_summary

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
