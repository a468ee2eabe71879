from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_evaluation_preset import ApiModelEvaluationPreset


T = TypeVar("T", bound="ApiGetModelEvaluationPresetOutput")


@_attrs_define
class ApiGetModelEvaluationPresetOutput:
    """
    Attributes:
        preset (ApiModelEvaluationPreset | Unset): Model Evaluation Preset - a saved, reusable configuration for model
            evaluation runs. Each section (dataset, judge, metrics, candidate, system
            prompt) is independent and may be empty; sections the preset omits must be
            supplied inline on the run that references it. Use `saved_sections` to tell
            "section saved with empty value" apart from "section not saved at all" —
            each section's scalar fields are left empty when the section was not saved.
    """

    preset: ApiModelEvaluationPreset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preset is not UNSET:
            field_dict["preset"] = preset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_evaluation_preset import ApiModelEvaluationPreset

        d = dict(src_dict)
        _preset = d.pop("preset", UNSET)
        preset: ApiModelEvaluationPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = ApiModelEvaluationPreset.from_dict(_preset)

        api_get_model_evaluation_preset_output = cls(
            preset=preset,
        )

        api_get_model_evaluation_preset_output.additional_properties = d
        return api_get_model_evaluation_preset_output

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
