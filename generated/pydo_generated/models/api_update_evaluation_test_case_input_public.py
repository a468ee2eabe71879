from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_test_case_metric_list import (
        ApiEvaluationTestCaseMetricList,
    )
    from ..models.api_star_metric import ApiStarMetric


T = TypeVar("T", bound="ApiUpdateEvaluationTestCaseInputPublic")


@_attrs_define
class ApiUpdateEvaluationTestCaseInputPublic:
    """
    Attributes:
        dataset_uuid (str | Unset): Dataset against which the test‑case is executed. Example:
            123e4567-e89b-12d3-a456-426614174000.
        description (str | Unset): Description of the test case. Example: example string.
        metrics (ApiEvaluationTestCaseMetricList | Unset):
        name (str | Unset): Name of the test case. Example: example name.
        star_metric (ApiStarMetric | Unset):
        test_case_uuid (str | Unset): Test-case UUID to update Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    dataset_uuid: str | Unset = UNSET
    description: str | Unset = UNSET
    metrics: ApiEvaluationTestCaseMetricList | Unset = UNSET
    name: str | Unset = UNSET
    star_metric: ApiStarMetric | Unset = UNSET
    test_case_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_uuid = self.dataset_uuid

        description = self.description

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        name = self.name

        star_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_metric, Unset):
            star_metric = self.star_metric.to_dict()

        test_case_uuid = self.test_case_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_uuid is not UNSET:
            field_dict["dataset_uuid"] = dataset_uuid
        if description is not UNSET:
            field_dict["description"] = description
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name
        if star_metric is not UNSET:
            field_dict["star_metric"] = star_metric
        if test_case_uuid is not UNSET:
            field_dict["test_case_uuid"] = test_case_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_test_case_metric_list import (
            ApiEvaluationTestCaseMetricList,
        )
        from ..models.api_star_metric import ApiStarMetric

        d = dict(src_dict)
        dataset_uuid = d.pop("dataset_uuid", UNSET)

        description = d.pop("description", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: ApiEvaluationTestCaseMetricList | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = ApiEvaluationTestCaseMetricList.from_dict(_metrics)

        name = d.pop("name", UNSET)

        _star_metric = d.pop("star_metric", UNSET)
        star_metric: ApiStarMetric | Unset
        if isinstance(_star_metric, Unset):
            star_metric = UNSET
        else:
            star_metric = ApiStarMetric.from_dict(_star_metric)

        test_case_uuid = d.pop("test_case_uuid", UNSET)

        api_update_evaluation_test_case_input_public = cls(
            dataset_uuid=dataset_uuid,
            description=description,
            metrics=metrics,
            name=name,
            star_metric=star_metric,
            test_case_uuid=test_case_uuid,
        )

        api_update_evaluation_test_case_input_public.additional_properties = d
        return api_update_evaluation_test_case_input_public

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
