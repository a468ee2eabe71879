from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_deployment_spec_model_provider import (
    ModelDeploymentSpecModelProvider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accelerator_config_spec import AcceleratorConfigSpec
    from ..models.model_deployment_spec_workload_config import (
        ModelDeploymentSpecWorkloadConfig,
    )


T = TypeVar("T", bound="ModelDeploymentSpec")


@_attrs_define
class ModelDeploymentSpec:
    """Configuration for a single model deployment.

    Attributes:
        model_id (str | Unset): Used to identify an existing deployment when updating; empty means create new.
        model_slug (str | Unset): Model identifier (e.g. Hugging Face slug). Example: mistral/mistral-7b-instruct-v3.
        model_provider (ModelDeploymentSpecModelProvider | Unset): Model provider. Example: hugging_face.
        workload_config (ModelDeploymentSpecWorkloadConfig | Unset): Workload-specific configuration (e.g. ISL/OSL in
            future).
        accelerators (list[AcceleratorConfigSpec] | Unset): Accelerator configuration for this deployment.
    """

    model_id: str | Unset = UNSET
    model_slug: str | Unset = UNSET
    model_provider: ModelDeploymentSpecModelProvider | Unset = UNSET
    workload_config: ModelDeploymentSpecWorkloadConfig | Unset = UNSET
    accelerators: list[AcceleratorConfigSpec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_slug = self.model_slug

        model_provider: str | Unset = UNSET
        if not isinstance(self.model_provider, Unset):
            model_provider = self.model_provider.value

        workload_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_config, Unset):
            workload_config = self.workload_config.to_dict()

        accelerators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accelerators, Unset):
            accelerators = []
            for accelerators_item_data in self.accelerators:
                accelerators_item = accelerators_item_data.to_dict()
                accelerators.append(accelerators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_slug is not UNSET:
            field_dict["model_slug"] = model_slug
        if model_provider is not UNSET:
            field_dict["model_provider"] = model_provider
        if workload_config is not UNSET:
            field_dict["workload_config"] = workload_config
        if accelerators is not UNSET:
            field_dict["accelerators"] = accelerators

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.accelerator_config_spec import AcceleratorConfigSpec
        from ..models.model_deployment_spec_workload_config import (
            ModelDeploymentSpecWorkloadConfig,
        )

        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        model_slug = d.pop("model_slug", UNSET)

        _model_provider = d.pop("model_provider", UNSET)
        model_provider: ModelDeploymentSpecModelProvider | Unset
        if isinstance(_model_provider, Unset):
            model_provider = UNSET
        else:
            model_provider = ModelDeploymentSpecModelProvider(_model_provider)

        _workload_config = d.pop("workload_config", UNSET)
        workload_config: ModelDeploymentSpecWorkloadConfig | Unset
        if isinstance(_workload_config, Unset):
            workload_config = UNSET
        else:
            workload_config = ModelDeploymentSpecWorkloadConfig.from_dict(
                _workload_config
            )

        _accelerators = d.pop("accelerators", UNSET)
        accelerators: list[AcceleratorConfigSpec] | Unset = UNSET
        if _accelerators is not UNSET:
            accelerators = []
            for accelerators_item_data in _accelerators:
                accelerators_item = AcceleratorConfigSpec.from_dict(
                    accelerators_item_data
                )

                accelerators.append(accelerators_item)

        model_deployment_spec = cls(
            model_id=model_id,
            model_slug=model_slug,
            model_provider=model_provider,
            workload_config=workload_config,
            accelerators=accelerators,
        )

        model_deployment_spec.additional_properties = d
        return model_deployment_spec

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
