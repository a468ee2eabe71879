from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_evaluation_metric_result_status import ApiEvaluationMetricResultStatus
from ..models.api_evaluation_metric_value_type import ApiEvaluationMetricValueType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiEvaluationMetricResult")


@_attrs_define
class ApiEvaluationMetricResult:
    """
    Attributes:
        error_description (str | Unset): Error description if the metric could not be calculated. Example: example
            string.
        metric_name (str | Unset): Metric name Example: example name.
        metric_uuid (str | Unset): Metric UUID (built-in or custom); stable key for results UI and aggregation. Example:
            123e4567-e89b-12d3-a456-426614174000.
        metric_value_type (ApiEvaluationMetricValueType | Unset):  Example: METRIC_VALUE_TYPE_UNSPECIFIED.
        number_value (float | Unset): The value of the metric as a number. Example: 123.
        reasoning (str | Unset): Reasoning of the metric result. Example: example string.
        status (ApiEvaluationMetricResultStatus | Unset): Outcome of scoring a single metric for one prompt or span.
            Example: EVALUATION_METRIC_RESULT_STATUS_UNSPECIFIED.
        string_value (str | Unset): The value of the metric as a string. Example: example string.
    """

    error_description: str | Unset = UNSET
    metric_name: str | Unset = UNSET
    metric_uuid: str | Unset = UNSET
    metric_value_type: ApiEvaluationMetricValueType | Unset = UNSET
    number_value: float | Unset = UNSET
    reasoning: str | Unset = UNSET
    status: ApiEvaluationMetricResultStatus | Unset = UNSET
    string_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_description = self.error_description

        metric_name = self.metric_name

        metric_uuid = self.metric_uuid

        metric_value_type: str | Unset = UNSET
        if not isinstance(self.metric_value_type, Unset):
            metric_value_type = self.metric_value_type.value

        number_value = self.number_value

        reasoning = self.reasoning

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        string_value = self.string_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name
        if metric_uuid is not UNSET:
            field_dict["metric_uuid"] = metric_uuid
        if metric_value_type is not UNSET:
            field_dict["metric_value_type"] = metric_value_type
        if number_value is not UNSET:
            field_dict["number_value"] = number_value
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if status is not UNSET:
            field_dict["status"] = status
        if string_value is not UNSET:
            field_dict["string_value"] = string_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_description = d.pop("error_description", UNSET)

        metric_name = d.pop("metric_name", UNSET)

        metric_uuid = d.pop("metric_uuid", UNSET)

        _metric_value_type = d.pop("metric_value_type", UNSET)
        metric_value_type: ApiEvaluationMetricValueType | Unset
        if isinstance(_metric_value_type, Unset):
            metric_value_type = UNSET
        else:
            metric_value_type = ApiEvaluationMetricValueType(_metric_value_type)

        number_value = d.pop("number_value", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        _status = d.pop("status", UNSET)
        status: ApiEvaluationMetricResultStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiEvaluationMetricResultStatus(_status)

        string_value = d.pop("string_value", UNSET)

        api_evaluation_metric_result = cls(
            error_description=error_description,
            metric_name=metric_name,
            metric_uuid=metric_uuid,
            metric_value_type=metric_value_type,
            number_value=number_value,
            reasoning=reasoning,
            status=status,
            string_value=string_value,
        )

        api_evaluation_metric_result.additional_properties = d
        return api_evaluation_metric_result

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
