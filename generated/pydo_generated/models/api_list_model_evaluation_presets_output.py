from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_evaluation_preset import ApiModelEvaluationPreset


T = TypeVar("T", bound="ApiListModelEvaluationPresetsOutput")


@_attrs_define
class ApiListModelEvaluationPresetsOutput:
    """
    Attributes:
        presets (list[ApiModelEvaluationPreset] | Unset): List of explicitly saved evaluation presets (reusable
            configs).
    """

    presets: list[ApiModelEvaluationPreset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = []
            for presets_item_data in self.presets:
                presets_item = presets_item_data.to_dict()
                presets.append(presets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presets is not UNSET:
            field_dict["presets"] = presets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_evaluation_preset import ApiModelEvaluationPreset

        d = dict(src_dict)
        _presets = d.pop("presets", UNSET)
        presets: list[ApiModelEvaluationPreset] | Unset = UNSET
        if _presets is not UNSET:
            presets = []
            for presets_item_data in _presets:
                presets_item = ApiModelEvaluationPreset.from_dict(presets_item_data)

                presets.append(presets_item)

        api_list_model_evaluation_presets_output = cls(
            presets=presets,
        )

        api_list_model_evaluation_presets_output.additional_properties = d
        return api_list_model_evaluation_presets_output

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
