from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAssociatedModelEvaluationPreset")


@_attrs_define
class ApiAssociatedModelEvaluationPreset:
    """AssociatedModelEvaluationPreset identifies a saved model evaluation preset
    that references a metric. Returned alongside custom metrics so the dashboard
    can warn that deleting the metric will also delete these presets.

        Attributes:
            eval_preset_uuid (str | Unset): Unique identifier of the saved model evaluation preset that references the
                metric. Example: "12345678-1234-1234-1234-123456789012".
            name (str | Unset): Display name of the saved model evaluation preset. Example: "My evaluation preset".
    """

    eval_preset_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eval_preset_uuid = self.eval_preset_uuid

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eval_preset_uuid is not UNSET:
            field_dict["eval_preset_uuid"] = eval_preset_uuid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        eval_preset_uuid = d.pop("eval_preset_uuid", UNSET)

        name = d.pop("name", UNSET)

        api_associated_model_evaluation_preset = cls(
            eval_preset_uuid=eval_preset_uuid,
            name=name,
        )

        api_associated_model_evaluation_preset.additional_properties = d
        return api_associated_model_evaluation_preset

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
