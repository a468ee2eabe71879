from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult


T = TypeVar("T", bound="ApiModelEvaluationResult")


@_attrs_define
class ApiModelEvaluationResult:
    """Result for a single prompt in a model evaluation run.

    Attributes:
        candidate_model_name (str | Unset):  Example: example name.
        candidate_model_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        candidate_routed_task (str | Unset):  Example: Coding & brainstorming.
        ground_truth (str | Unset):  Example: example string.
        input_ (str | Unset): The input query sent to the candidate model. Example: example string.
        metric_results (list[ApiEvaluationMetricResult] | Unset): Per-metric scores and judge reasoning for this prompt.
        output (str | Unset): The response from the candidate model. Example: example string.
    """

    candidate_model_name: str | Unset = UNSET
    candidate_model_uuid: str | Unset = UNSET
    candidate_routed_task: str | Unset = UNSET
    ground_truth: str | Unset = UNSET
    input_: str | Unset = UNSET
    metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_model_name = self.candidate_model_name

        candidate_model_uuid = self.candidate_model_uuid

        candidate_routed_task = self.candidate_routed_task

        ground_truth = self.ground_truth

        input_ = self.input_

        metric_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metric_results, Unset):
            metric_results = []
            for metric_results_item_data in self.metric_results:
                metric_results_item = metric_results_item_data.to_dict()
                metric_results.append(metric_results_item)

        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate_model_name is not UNSET:
            field_dict["candidate_model_name"] = candidate_model_name
        if candidate_model_uuid is not UNSET:
            field_dict["candidate_model_uuid"] = candidate_model_uuid
        if candidate_routed_task is not UNSET:
            field_dict["candidate_routed_task"] = candidate_routed_task
        if ground_truth is not UNSET:
            field_dict["ground_truth"] = ground_truth
        if input_ is not UNSET:
            field_dict["input"] = input_
        if metric_results is not UNSET:
            field_dict["metric_results"] = metric_results
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_evaluation_metric_result import ApiEvaluationMetricResult

        d = dict(src_dict)
        candidate_model_name = d.pop("candidate_model_name", UNSET)

        candidate_model_uuid = d.pop("candidate_model_uuid", UNSET)

        candidate_routed_task = d.pop("candidate_routed_task", UNSET)

        ground_truth = d.pop("ground_truth", UNSET)

        input_ = d.pop("input", UNSET)

        _metric_results = d.pop("metric_results", UNSET)
        metric_results: list[ApiEvaluationMetricResult] | Unset = UNSET
        if _metric_results is not UNSET:
            metric_results = []
            for metric_results_item_data in _metric_results:
                metric_results_item = ApiEvaluationMetricResult.from_dict(
                    metric_results_item_data
                )

                metric_results.append(metric_results_item)

        output = d.pop("output", UNSET)

        api_model_evaluation_result = cls(
            candidate_model_name=candidate_model_name,
            candidate_model_uuid=candidate_model_uuid,
            candidate_routed_task=candidate_routed_task,
            ground_truth=ground_truth,
            input_=input_,
            metric_results=metric_results,
            output=output,
        )

        api_model_evaluation_result.additional_properties = d
        return api_model_evaluation_result

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
