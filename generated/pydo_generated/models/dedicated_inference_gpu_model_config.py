from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedInferenceGpuModelConfig")


@_attrs_define
class DedicatedInferenceGpuModelConfig:
    """
    Attributes:
        gpu_slugs (list[str] | Unset):  Example: ['gpu-mi300x1-192gb'].
        model_slug (str | Unset):  Example: mistral/mistral-7b-instruct-v3.
        model_name (str | Unset):  Example: Mistral-7B-Instruct-v0.3.
        is_gated_model (bool | Unset): Whether the model requires gated access (e.g. Hugging Face token).
    """

    gpu_slugs: list[str] | Unset = UNSET
    model_slug: str | Unset = UNSET
    model_name: str | Unset = UNSET
    is_gated_model: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_slugs: list[str] | Unset = UNSET
        if not isinstance(self.gpu_slugs, Unset):
            gpu_slugs = self.gpu_slugs

        model_slug = self.model_slug

        model_name = self.model_name

        is_gated_model = self.is_gated_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_slugs is not UNSET:
            field_dict["gpu_slugs"] = gpu_slugs
        if model_slug is not UNSET:
            field_dict["model_slug"] = model_slug
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if is_gated_model is not UNSET:
            field_dict["is_gated_model"] = is_gated_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gpu_slugs = cast(list[str], d.pop("gpu_slugs", UNSET))

        model_slug = d.pop("model_slug", UNSET)

        model_name = d.pop("model_name", UNSET)

        is_gated_model = d.pop("is_gated_model", UNSET)

        dedicated_inference_gpu_model_config = cls(
            gpu_slugs=gpu_slugs,
            model_slug=model_slug,
            model_name=model_name,
            is_gated_model=is_gated_model,
        )

        dedicated_inference_gpu_model_config.additional_properties = d
        return dedicated_inference_gpu_model_config

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
