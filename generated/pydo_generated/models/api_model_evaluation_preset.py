from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_candidate_model_source import ApiCandidateModelSource
from ..models.api_preset_save_section import ApiPresetSaveSection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_candidate_inference_config import ApiCandidateInferenceConfig
    from ..models.api_evaluation_metric import ApiEvaluationMetric
    from ..models.api_star_metric import ApiStarMetric


T = TypeVar("T", bound="ApiModelEvaluationPreset")


@_attrs_define
class ApiModelEvaluationPreset:
    """Model Evaluation Preset - a saved, reusable configuration for model
    evaluation runs. Each section (dataset, judge, metrics, candidate, system
    prompt) is independent and may be empty; sections the preset omits must be
    supplied inline on the run that references it. Use `saved_sections` to tell
    "section saved with empty value" apart from "section not saved at all" —
    each section's scalar fields are left empty when the section was not saved.

        Attributes:
            candidate_inference_config (ApiCandidateInferenceConfig | Unset): Inference configuration for the candidate
                model during evaluation.
            candidate_model_name (str | Unset): Model slug used to call the candidate model API. Empty when the CANDIDATE
                section was not saved. Example: example name.
            candidate_model_source (ApiCandidateModelSource | Unset): Whether inference runs against the serverless
                platform, a dedicated deployment, or a model router. Example: CANDIDATE_MODEL_SOURCE_SERVERLESS.
            candidate_model_uuid (str | Unset): UUID of the candidate model stored on this preset. Empty when the
                CANDIDATE section was not saved. For DEDICATED candidates this is the
                dedicated inference deployment UUID. Example: 123e4567-e89b-12d3-a456-426614174000.
            candidate_system_prompt (str | Unset): System prompt / instructions to send to the candidate model. Empty when
                the SYSTEM_PROMPT section was not saved (check `saved_sections`). Example: 2023-01-01.
            created_at (datetime.datetime | Unset): Timestamp when the preset was created. Example: 2023-01-01T00:00:00Z.
            dataset_name (str | Unset): Display name of the dataset stored on this preset. Empty when the DATASET
                section was not saved or the dataset no longer exists. Example: example name.
            dataset_uuid (str | Unset): UUID of the dataset stored on this preset. Empty when the DATASET section
                was not saved (check `saved_sections`). Example: 123e4567-e89b-12d3-a456-426614174000.
            eval_preset_uuid (str | Unset): UUID of the evaluation preset. Example: 123e4567-e89b-12d3-a456-426614174000.
            judge_model_name (str | Unset): Display name of the judge model stored on this preset. Empty when the
                JUDGE section was not saved or the model no longer exists. Example: example name.
            judge_model_uuid (str | Unset): UUID of the judge model stored on this preset. Empty when the JUDGE
                section was not saved (check `saved_sections`). Example: 123e4567-e89b-12d3-a456-426614174000.
            metrics (list[ApiEvaluationMetric] | Unset): Metrics selected for this preset. Empty when the METRICS section
                was not
                saved.
            name (str | Unset): Name of the evaluation preset. Example: example name.
            saved_sections (list[ApiPresetSaveSection] | Unset): Sections of the inline evaluation config that were
                persisted when this
                preset was created. Use this to tell "section was saved with an empty
                value" apart from "section was not saved" — scalar fields like
                `dataset_uuid` or `candidate_system_prompt` are always emitted as the
                empty string when the section was not saved. Example: ['PRESET_SAVE_SECTION_CANDIDATE',
                'PRESET_SAVE_SECTION_METRICS'].
            star_metric (ApiStarMetric | Unset):
    """

    candidate_inference_config: ApiCandidateInferenceConfig | Unset = UNSET
    candidate_model_name: str | Unset = UNSET
    candidate_model_source: ApiCandidateModelSource | Unset = UNSET
    candidate_model_uuid: str | Unset = UNSET
    candidate_system_prompt: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_uuid: str | Unset = UNSET
    eval_preset_uuid: str | Unset = UNSET
    judge_model_name: str | Unset = UNSET
    judge_model_uuid: str | Unset = UNSET
    metrics: list[ApiEvaluationMetric] | Unset = UNSET
    name: str | Unset = UNSET
    saved_sections: list[ApiPresetSaveSection] | Unset = UNSET
    star_metric: ApiStarMetric | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_inference_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidate_inference_config, Unset):
            candidate_inference_config = self.candidate_inference_config.to_dict()

        candidate_model_name = self.candidate_model_name

        candidate_model_source: str | Unset = UNSET
        if not isinstance(self.candidate_model_source, Unset):
            candidate_model_source = self.candidate_model_source.value

        candidate_model_uuid = self.candidate_model_uuid

        candidate_system_prompt = self.candidate_system_prompt

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dataset_name = self.dataset_name

        dataset_uuid = self.dataset_uuid

        eval_preset_uuid = self.eval_preset_uuid

        judge_model_name = self.judge_model_name

        judge_model_uuid = self.judge_model_uuid

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        name = self.name

        saved_sections: list[str] | Unset = UNSET
        if not isinstance(self.saved_sections, Unset):
            saved_sections = []
            for saved_sections_item_data in self.saved_sections:
                saved_sections_item = saved_sections_item_data.value
                saved_sections.append(saved_sections_item)

        star_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_metric, Unset):
            star_metric = self.star_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate_inference_config is not UNSET:
            field_dict["candidate_inference_config"] = candidate_inference_config
        if candidate_model_name is not UNSET:
            field_dict["candidate_model_name"] = candidate_model_name
        if candidate_model_source is not UNSET:
            field_dict["candidate_model_source"] = candidate_model_source
        if candidate_model_uuid is not UNSET:
            field_dict["candidate_model_uuid"] = candidate_model_uuid
        if candidate_system_prompt is not UNSET:
            field_dict["candidate_system_prompt"] = candidate_system_prompt
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_uuid is not UNSET:
            field_dict["dataset_uuid"] = dataset_uuid
        if eval_preset_uuid is not UNSET:
            field_dict["eval_preset_uuid"] = eval_preset_uuid
        if judge_model_name is not UNSET:
            field_dict["judge_model_name"] = judge_model_name
        if judge_model_uuid is not UNSET:
            field_dict["judge_model_uuid"] = judge_model_uuid
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if name is not UNSET:
            field_dict["name"] = name
        if saved_sections is not UNSET:
            field_dict["saved_sections"] = saved_sections
        if star_metric is not UNSET:
            field_dict["star_metric"] = star_metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_candidate_inference_config import ApiCandidateInferenceConfig
        from ..models.api_evaluation_metric import ApiEvaluationMetric
        from ..models.api_star_metric import ApiStarMetric

        d = dict(src_dict)
        _candidate_inference_config = d.pop("candidate_inference_config", UNSET)
        candidate_inference_config: ApiCandidateInferenceConfig | Unset
        if isinstance(_candidate_inference_config, Unset):
            candidate_inference_config = UNSET
        else:
            candidate_inference_config = ApiCandidateInferenceConfig.from_dict(
                _candidate_inference_config
            )

        candidate_model_name = d.pop("candidate_model_name", UNSET)

        _candidate_model_source = d.pop("candidate_model_source", UNSET)
        candidate_model_source: ApiCandidateModelSource | Unset
        if isinstance(_candidate_model_source, Unset):
            candidate_model_source = UNSET
        else:
            candidate_model_source = ApiCandidateModelSource(_candidate_model_source)

        candidate_model_uuid = d.pop("candidate_model_uuid", UNSET)

        candidate_system_prompt = d.pop("candidate_system_prompt", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dataset_name = d.pop("dataset_name", UNSET)

        dataset_uuid = d.pop("dataset_uuid", UNSET)

        eval_preset_uuid = d.pop("eval_preset_uuid", UNSET)

        judge_model_name = d.pop("judge_model_name", UNSET)

        judge_model_uuid = d.pop("judge_model_uuid", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[ApiEvaluationMetric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = ApiEvaluationMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        name = d.pop("name", UNSET)

        _saved_sections = d.pop("saved_sections", UNSET)
        saved_sections: list[ApiPresetSaveSection] | Unset = UNSET
        if _saved_sections is not UNSET:
            saved_sections = []
            for saved_sections_item_data in _saved_sections:
                saved_sections_item = ApiPresetSaveSection(saved_sections_item_data)

                saved_sections.append(saved_sections_item)

        _star_metric = d.pop("star_metric", UNSET)
        star_metric: ApiStarMetric | Unset
        if isinstance(_star_metric, Unset):
            star_metric = UNSET
        else:
            star_metric = ApiStarMetric.from_dict(_star_metric)

        api_model_evaluation_preset = cls(
            candidate_inference_config=candidate_inference_config,
            candidate_model_name=candidate_model_name,
            candidate_model_source=candidate_model_source,
            candidate_model_uuid=candidate_model_uuid,
            candidate_system_prompt=candidate_system_prompt,
            created_at=created_at,
            dataset_name=dataset_name,
            dataset_uuid=dataset_uuid,
            eval_preset_uuid=eval_preset_uuid,
            judge_model_name=judge_model_name,
            judge_model_uuid=judge_model_uuid,
            metrics=metrics,
            name=name,
            saved_sections=saved_sections,
            star_metric=star_metric,
        )

        api_model_evaluation_preset.additional_properties = d
        return api_model_evaluation_preset

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
