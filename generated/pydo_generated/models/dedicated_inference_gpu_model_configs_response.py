from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inference_gpu_model_config import (
        DedicatedInferenceGpuModelConfig,
    )


T = TypeVar("T", bound="DedicatedInferenceGpuModelConfigsResponse")


@_attrs_define
class DedicatedInferenceGpuModelConfigsResponse:
    """Supported GPU and model configurations for Dedicated Inference.

    Attributes:
        gpu_model_configs (list[DedicatedInferenceGpuModelConfig] | Unset):
    """

    gpu_model_configs: list[DedicatedInferenceGpuModelConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_model_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gpu_model_configs, Unset):
            gpu_model_configs = []
            for gpu_model_configs_item_data in self.gpu_model_configs:
                gpu_model_configs_item = gpu_model_configs_item_data.to_dict()
                gpu_model_configs.append(gpu_model_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_model_configs is not UNSET:
            field_dict["gpu_model_configs"] = gpu_model_configs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference_gpu_model_config import (
            DedicatedInferenceGpuModelConfig,
        )

        d = dict(src_dict)
        _gpu_model_configs = d.pop("gpu_model_configs", UNSET)
        gpu_model_configs: list[DedicatedInferenceGpuModelConfig] | Unset = UNSET
        if _gpu_model_configs is not UNSET:
            gpu_model_configs = []
            for gpu_model_configs_item_data in _gpu_model_configs:
                gpu_model_configs_item = DedicatedInferenceGpuModelConfig.from_dict(
                    gpu_model_configs_item_data
                )

                gpu_model_configs.append(gpu_model_configs_item)

        dedicated_inference_gpu_model_configs_response = cls(
            gpu_model_configs=gpu_model_configs,
        )

        dedicated_inference_gpu_model_configs_response.additional_properties = d
        return dedicated_inference_gpu_model_configs_response

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
