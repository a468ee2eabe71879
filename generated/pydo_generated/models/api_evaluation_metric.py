from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_evaluation_metric_category import ApiEvaluationMetricCategory
from ..models.api_evaluation_metric_source import ApiEvaluationMetricSource
from ..models.api_evaluation_metric_type import ApiEvaluationMetricType
from ..models.api_evaluation_metric_value_type import ApiEvaluationMetricValueType
from ..models.api_evaluation_scope import ApiEvaluationScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_associated_model_evaluation_preset import (
        ApiAssociatedModelEvaluationPreset,
    )
    from ..models.api_custom_evaluation_metric_config import (
        ApiCustomEvaluationMetricConfig,
    )


T = TypeVar("T", bound="ApiEvaluationMetric")


@_attrs_define
class ApiEvaluationMetric:
    """
    Attributes:
        associated_presets (list[ApiAssociatedModelEvaluationPreset] | Unset): Saved model evaluation presets that
            reference this metric. Populated for
            custom metrics when listing metrics so the dashboard can warn that deleting
            the metric will also delete these presets. Empty for built-in metrics.
        category (ApiEvaluationMetricCategory | Unset):  Example: METRIC_CATEGORY_UNSPECIFIED.
        custom_eval_config (ApiCustomEvaluationMetricConfig | Unset): Configuration for a custom model-evaluation metric
            scored by an LLM judge.
            Prompt and model response are always included in the judge context.
        description (str | Unset):  Example: example string.
        evaluation_scope (ApiEvaluationScope | Unset): Scope that determines whether a metric belongs to agent
            evaluation or model evaluation.
            For backwards compatibility, UNSPECIFIED defaults to agent metrics only in list operations. Example:
            EVALUATION_SCOPE_UNSPECIFIED.
        inverted (bool | Unset): If true, the metric is inverted, meaning that a lower value is better. Example: True.
        is_metric_goal (bool | Unset):  Example: True.
        metric_name (str | Unset):  Example: example name.
        metric_rank (int | Unset):  Example: 123.
        metric_type (ApiEvaluationMetricType | Unset):  Example: METRIC_TYPE_UNSPECIFIED.
        metric_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        metric_value_type (ApiEvaluationMetricValueType | Unset):  Example: METRIC_VALUE_TYPE_UNSPECIFIED.
        range_max (float | Unset): The maximum value for the metric. Example: 123.
        range_min (float | Unset): The minimum value for the metric. Example: 123.
        source (ApiEvaluationMetricSource | Unset): Distinguishes platform catalog metrics from user-defined LLM-as-
            judge metrics. Example: EVALUATION_METRIC_SOURCE_UNSPECIFIED.
    """

    associated_presets: list[ApiAssociatedModelEvaluationPreset] | Unset = UNSET
    category: ApiEvaluationMetricCategory | Unset = UNSET
    custom_eval_config: ApiCustomEvaluationMetricConfig | Unset = UNSET
    description: str | Unset = UNSET
    evaluation_scope: ApiEvaluationScope | Unset = UNSET
    inverted: bool | Unset = UNSET
    is_metric_goal: bool | Unset = UNSET
    metric_name: str | Unset = UNSET
    metric_rank: int | Unset = UNSET
    metric_type: ApiEvaluationMetricType | Unset = UNSET
    metric_uuid: str | Unset = UNSET
    metric_value_type: ApiEvaluationMetricValueType | Unset = UNSET
    range_max: float | Unset = UNSET
    range_min: float | Unset = UNSET
    source: ApiEvaluationMetricSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associated_presets, Unset):
            associated_presets = []
            for associated_presets_item_data in self.associated_presets:
                associated_presets_item = associated_presets_item_data.to_dict()
                associated_presets.append(associated_presets_item)

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        custom_eval_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_eval_config, Unset):
            custom_eval_config = self.custom_eval_config.to_dict()

        description = self.description

        evaluation_scope: str | Unset = UNSET
        if not isinstance(self.evaluation_scope, Unset):
            evaluation_scope = self.evaluation_scope.value

        inverted = self.inverted

        is_metric_goal = self.is_metric_goal

        metric_name = self.metric_name

        metric_rank = self.metric_rank

        metric_type: str | Unset = UNSET
        if not isinstance(self.metric_type, Unset):
            metric_type = self.metric_type.value

        metric_uuid = self.metric_uuid

        metric_value_type: str | Unset = UNSET
        if not isinstance(self.metric_value_type, Unset):
            metric_value_type = self.metric_value_type.value

        range_max = self.range_max

        range_min = self.range_min

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associated_presets is not UNSET:
            field_dict["associated_presets"] = associated_presets
        if category is not UNSET:
            field_dict["category"] = category
        if custom_eval_config is not UNSET:
            field_dict["custom_eval_config"] = custom_eval_config
        if description is not UNSET:
            field_dict["description"] = description
        if evaluation_scope is not UNSET:
            field_dict["evaluation_scope"] = evaluation_scope
        if inverted is not UNSET:
            field_dict["inverted"] = inverted
        if is_metric_goal is not UNSET:
            field_dict["is_metric_goal"] = is_metric_goal
        if metric_name is not UNSET:
            field_dict["metric_name"] = metric_name
        if metric_rank is not UNSET:
            field_dict["metric_rank"] = metric_rank
        if metric_type is not UNSET:
            field_dict["metric_type"] = metric_type
        if metric_uuid is not UNSET:
            field_dict["metric_uuid"] = metric_uuid
        if metric_value_type is not UNSET:
            field_dict["metric_value_type"] = metric_value_type
        if range_max is not UNSET:
            field_dict["range_max"] = range_max
        if range_min is not UNSET:
            field_dict["range_min"] = range_min
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_associated_model_evaluation_preset import (
            ApiAssociatedModelEvaluationPreset,
        )
        from ..models.api_custom_evaluation_metric_config import (
            ApiCustomEvaluationMetricConfig,
        )

        d = dict(src_dict)
        _associated_presets = d.pop("associated_presets", UNSET)
        associated_presets: list[ApiAssociatedModelEvaluationPreset] | Unset = UNSET
        if _associated_presets is not UNSET:
            associated_presets = []
            for associated_presets_item_data in _associated_presets:
                associated_presets_item = ApiAssociatedModelEvaluationPreset.from_dict(
                    associated_presets_item_data
                )

                associated_presets.append(associated_presets_item)

        _category = d.pop("category", UNSET)
        category: ApiEvaluationMetricCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = ApiEvaluationMetricCategory(_category)

        _custom_eval_config = d.pop("custom_eval_config", UNSET)
        custom_eval_config: ApiCustomEvaluationMetricConfig | Unset
        if isinstance(_custom_eval_config, Unset):
            custom_eval_config = UNSET
        else:
            custom_eval_config = ApiCustomEvaluationMetricConfig.from_dict(
                _custom_eval_config
            )

        description = d.pop("description", UNSET)

        _evaluation_scope = d.pop("evaluation_scope", UNSET)
        evaluation_scope: ApiEvaluationScope | Unset
        if isinstance(_evaluation_scope, Unset):
            evaluation_scope = UNSET
        else:
            evaluation_scope = ApiEvaluationScope(_evaluation_scope)

        inverted = d.pop("inverted", UNSET)

        is_metric_goal = d.pop("is_metric_goal", UNSET)

        metric_name = d.pop("metric_name", UNSET)

        metric_rank = d.pop("metric_rank", UNSET)

        _metric_type = d.pop("metric_type", UNSET)
        metric_type: ApiEvaluationMetricType | Unset
        if isinstance(_metric_type, Unset):
            metric_type = UNSET
        else:
            metric_type = ApiEvaluationMetricType(_metric_type)

        metric_uuid = d.pop("metric_uuid", UNSET)

        _metric_value_type = d.pop("metric_value_type", UNSET)
        metric_value_type: ApiEvaluationMetricValueType | Unset
        if isinstance(_metric_value_type, Unset):
            metric_value_type = UNSET
        else:
            metric_value_type = ApiEvaluationMetricValueType(_metric_value_type)

        range_max = d.pop("range_max", UNSET)

        range_min = d.pop("range_min", UNSET)

        _source = d.pop("source", UNSET)
        source: ApiEvaluationMetricSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ApiEvaluationMetricSource(_source)

        api_evaluation_metric = cls(
            associated_presets=associated_presets,
            category=category,
            custom_eval_config=custom_eval_config,
            description=description,
            evaluation_scope=evaluation_scope,
            inverted=inverted,
            is_metric_goal=is_metric_goal,
            metric_name=metric_name,
            metric_rank=metric_rank,
            metric_type=metric_type,
            metric_uuid=metric_uuid,
            metric_value_type=metric_value_type,
            range_max=range_max,
            range_min=range_min,
            source=source,
        )

        api_evaluation_metric.additional_properties = d
        return api_evaluation_metric

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
