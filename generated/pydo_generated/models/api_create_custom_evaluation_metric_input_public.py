from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_custom_evaluation_metric_config import (
        ApiCustomEvaluationMetricConfig,
    )


T = TypeVar("T", bound="ApiCreateCustomEvaluationMetricInputPublic")


@_attrs_define
class ApiCreateCustomEvaluationMetricInputPublic:
    """
    Attributes:
        config (ApiCustomEvaluationMetricConfig | Unset): Configuration for a custom model-evaluation metric scored by
            an LLM judge.
            Prompt and model response are always included in the judge context.
        description (str | Unset):  Example: "Scores adherence to our support macros".
        metric_name (str | Unset):  Example: "My domain tone metric".
    """

    config: ApiCustomEvaluationMetricConfig | Unset = UNSET
    description: str | Unset = UNSET
    metric_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        description = self.description

        metric_name = self.metric_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if description is not UNSET:
            field_dict["description"] = description
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_custom_evaluation_metric_config import (
            ApiCustomEvaluationMetricConfig,
        )

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: ApiCustomEvaluationMetricConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ApiCustomEvaluationMetricConfig.from_dict(_config)

        description = d.pop("description", UNSET)

        metric_name = d.pop("metric_name", UNSET)

        api_create_custom_evaluation_metric_input_public = cls(
            config=config,
            description=description,
            metric_name=metric_name,
        )

        api_create_custom_evaluation_metric_input_public.additional_properties = d
        return api_create_custom_evaluation_metric_input_public

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
