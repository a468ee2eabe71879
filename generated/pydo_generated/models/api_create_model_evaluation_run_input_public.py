from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_candidate_model_source import ApiCandidateModelSource
from ..models.api_preset_save_section import ApiPresetSaveSection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_candidate_inference_config import ApiCandidateInferenceConfig
    from ..models.api_star_metric import ApiStarMetric


T = TypeVar("T", bound="ApiCreateModelEvaluationRunInputPublic")


@_attrs_define
class ApiCreateModelEvaluationRunInputPublic:
    """
    Attributes:
        candidate_inference_config (ApiCandidateInferenceConfig | Unset): Inference configuration for the candidate
            model during evaluation.
        candidate_model_name (str | Unset): Model slug used to call the candidate model API.
            For dedicated inference, this is the model slug from the deployment.
            For serverless, this should match the model's internal name. Example: example name.
        candidate_model_source (ApiCandidateModelSource | Unset): Whether inference runs against the serverless
            platform, a dedicated deployment, or a model router. Example: CANDIDATE_MODEL_SOURCE_SERVERLESS.
        candidate_model_uuid (str | Unset): UUID of the candidate model to evaluate. Example:
            123e4567-e89b-12d3-a456-426614174000.
        dataset_uuid (str | Unset): UUID of the dataset to use for evaluation. Example:
            123e4567-e89b-12d3-a456-426614174000.
        eval_preset_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        judge_model_uuid (str | Unset): UUID of the judge model used to score responses. Example:
            123e4567-e89b-12d3-a456-426614174000.
        metric_uuids (list[str] | Unset): UUIDs of metrics to evaluate (selected from ListModelEvaluationMetrics).
            Example: ['example string'].
        name (str | Unset):  Example: example name.
        preset_name (str | Unset):  Example: example name.
        preset_save_sections (list[ApiPresetSaveSection] | Unset): Which sections of this run's resolved configuration
            to persist as a
            reusable preset. Each selected section saves only its own fields; the
            remaining sections stay empty on the preset and must be supplied inline
            on future runs that reference it. Empty means do not save a preset
            (unless the deprecated `save_as_preset` boolean is true, in which case
            all sections are saved). Ignored when `eval_preset_uuid` is set. Use
            `preset_name` to label the saved preset. Example: ['PRESET_SAVE_SECTION_CANDIDATE',
            'PRESET_SAVE_SECTION_METRICS'].
        save_as_preset (bool | Unset): Deprecated: use `preset_save_sections`. When `true` and
            `preset_save_sections` is empty, all five sections of the resolved
            configuration are saved as a reusable preset (legacy behavior). Ignored
            when `eval_preset_uuid` is set. Example: True.
        source (str | Unset): Source of the run creation (api, sdk, cli). Example: example string.
        star_metric (ApiStarMetric | Unset):
    """

    candidate_inference_config: ApiCandidateInferenceConfig | Unset = UNSET
    candidate_model_name: str | Unset = UNSET
    candidate_model_source: ApiCandidateModelSource | Unset = UNSET
    candidate_model_uuid: str | Unset = UNSET
    dataset_uuid: str | Unset = UNSET
    eval_preset_uuid: str | Unset = UNSET
    judge_model_uuid: str | Unset = UNSET
    metric_uuids: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    preset_name: str | Unset = UNSET
    preset_save_sections: list[ApiPresetSaveSection] | Unset = UNSET
    save_as_preset: bool | Unset = UNSET
    source: str | Unset = UNSET
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

        dataset_uuid = self.dataset_uuid

        eval_preset_uuid = self.eval_preset_uuid

        judge_model_uuid = self.judge_model_uuid

        metric_uuids: list[str] | Unset = UNSET
        if not isinstance(self.metric_uuids, Unset):
            metric_uuids = self.metric_uuids

        name = self.name

        preset_name = self.preset_name

        preset_save_sections: list[str] | Unset = UNSET
        if not isinstance(self.preset_save_sections, Unset):
            preset_save_sections = []
            for preset_save_sections_item_data in self.preset_save_sections:
                preset_save_sections_item = preset_save_sections_item_data.value
                preset_save_sections.append(preset_save_sections_item)

        save_as_preset = self.save_as_preset

        source = self.source

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
        if dataset_uuid is not UNSET:
            field_dict["dataset_uuid"] = dataset_uuid
        if eval_preset_uuid is not UNSET:
            field_dict["eval_preset_uuid"] = eval_preset_uuid
        if judge_model_uuid is not UNSET:
            field_dict["judge_model_uuid"] = judge_model_uuid
        if metric_uuids is not UNSET:
            field_dict["metric_uuids"] = metric_uuids
        if name is not UNSET:
            field_dict["name"] = name
        if preset_name is not UNSET:
            field_dict["preset_name"] = preset_name
        if preset_save_sections is not UNSET:
            field_dict["preset_save_sections"] = preset_save_sections
        if save_as_preset is not UNSET:
            field_dict["save_as_preset"] = save_as_preset
        if source is not UNSET:
            field_dict["source"] = source
        if star_metric is not UNSET:
            field_dict["star_metric"] = star_metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_candidate_inference_config import ApiCandidateInferenceConfig
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

        dataset_uuid = d.pop("dataset_uuid", UNSET)

        eval_preset_uuid = d.pop("eval_preset_uuid", UNSET)

        judge_model_uuid = d.pop("judge_model_uuid", UNSET)

        metric_uuids = cast(list[str], d.pop("metric_uuids", UNSET))

        name = d.pop("name", UNSET)

        preset_name = d.pop("preset_name", UNSET)

        _preset_save_sections = d.pop("preset_save_sections", UNSET)
        preset_save_sections: list[ApiPresetSaveSection] | Unset = UNSET
        if _preset_save_sections is not UNSET:
            preset_save_sections = []
            for preset_save_sections_item_data in _preset_save_sections:
                preset_save_sections_item = ApiPresetSaveSection(
                    preset_save_sections_item_data
                )

                preset_save_sections.append(preset_save_sections_item)

        save_as_preset = d.pop("save_as_preset", UNSET)

        source = d.pop("source", UNSET)

        _star_metric = d.pop("star_metric", UNSET)
        star_metric: ApiStarMetric | Unset
        if isinstance(_star_metric, Unset):
            star_metric = UNSET
        else:
            star_metric = ApiStarMetric.from_dict(_star_metric)

        api_create_model_evaluation_run_input_public = cls(
            candidate_inference_config=candidate_inference_config,
            candidate_model_name=candidate_model_name,
            candidate_model_source=candidate_model_source,
            candidate_model_uuid=candidate_model_uuid,
            dataset_uuid=dataset_uuid,
            eval_preset_uuid=eval_preset_uuid,
            judge_model_uuid=judge_model_uuid,
            metric_uuids=metric_uuids,
            name=name,
            preset_name=preset_name,
            preset_save_sections=preset_save_sections,
            save_as_preset=save_as_preset,
            source=source,
            star_metric=star_metric,
        )

        api_create_model_evaluation_run_input_public.additional_properties = d
        return api_create_model_evaluation_run_input_public

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
