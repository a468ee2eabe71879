from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiEvaluationTestCaseMetricList")


@_attrs_define
class ApiEvaluationTestCaseMetricList:
    """
    Attributes:
        metric_uuids (list[str] | Unset):  Example: ['example string'].
    """

    metric_uuids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_uuids: list[str] | Unset = UNSET
        if not isinstance(self.metric_uuids, Unset):
            metric_uuids = self.metric_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_uuids is not UNSET:
            field_dict["metric_uuids"] = metric_uuids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric_uuids = cast(list[str], d.pop("metric_uuids", UNSET))

        api_evaluation_test_case_metric_list = cls(
            metric_uuids=metric_uuids,
        )

        api_evaluation_test_case_metric_list.additional_properties = d
        return api_evaluation_test_case_metric_list

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
