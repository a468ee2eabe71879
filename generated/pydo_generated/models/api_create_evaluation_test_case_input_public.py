from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_star_metric import ApiStarMetric


T = TypeVar("T", bound="ApiCreateEvaluationTestCaseInputPublic")


@_attrs_define
class ApiCreateEvaluationTestCaseInputPublic:
    """
    Attributes:
        agent_workspace_name (str | Unset):  Example: example name.
        dataset_uuid (str | Unset): Dataset against which the test‑case is executed. Example:
            123e4567-e89b-12d3-a456-426614174000.
        description (str | Unset): Description of the test case. Example: example string.
        metrics (list[str] | Unset): Full metric list to use for evaluation test case. Example: ['example string'].
        name (str | Unset): Name of the test case. Example: example name.
        star_metric (ApiStarMetric | Unset):
        workspace_uuid (str | Unset): The workspace uuid. Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    agent_workspace_name: str | Unset = UNSET
    dataset_uuid: str | Unset = UNSET
    description: str | Unset = UNSET
    metrics: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    star_metric: ApiStarMetric | Unset = UNSET
    workspace_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_workspace_name = self.agent_workspace_name

        dataset_uuid = self.dataset_uuid

        description = self.description

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        name = self.name

        star_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_metric, Unset):
            star_metric = self.star_metric.to_dict()

        workspace_uuid = self.workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_workspace_name is not UNSET:
            field_dict["agent_workspace_name"] = agent_workspace_name
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
        if workspace_uuid is not UNSET:
            field_dict["workspace_uuid"] = workspace_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_star_metric import ApiStarMetric

        d = dict(src_dict)
        agent_workspace_name = d.pop("agent_workspace_name", UNSET)

        dataset_uuid = d.pop("dataset_uuid", UNSET)

        description = d.pop("description", UNSET)

        metrics = cast(list[str], d.pop("metrics", UNSET))

        name = d.pop("name", UNSET)

        _star_metric = d.pop("star_metric", UNSET)
        star_metric: ApiStarMetric | Unset
        if isinstance(_star_metric, Unset):
            star_metric = UNSET
        else:
            star_metric = ApiStarMetric.from_dict(_star_metric)

        workspace_uuid = d.pop("workspace_uuid", UNSET)

        api_create_evaluation_test_case_input_public = cls(
            agent_workspace_name=agent_workspace_name,
            dataset_uuid=dataset_uuid,
            description=description,
            metrics=metrics,
            name=name,
            star_metric=star_metric,
            workspace_uuid=workspace_uuid,
        )

        api_create_evaluation_test_case_input_public.additional_properties = d
        return api_create_evaluation_test_case_input_public

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
