from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dedicated_inference_spec_region import DedicatedInferenceSpecRegion

if TYPE_CHECKING:
    from ..models.dedicated_inference_spec_vpc import DedicatedInferenceSpecVpc
    from ..models.model_deployment_spec import ModelDeploymentSpec


T = TypeVar("T", bound="DedicatedInferenceSpec")


@_attrs_define
class DedicatedInferenceSpec:
    """Structured configuration for a Dedicated Inference deployment.

    Attributes:
        version (int): Spec version. Example: 1.
        name (str): Name of the Dedicated Inference. Must be unique within the team. Example: new-dedicated-inference.
        region (DedicatedInferenceSpecRegion): DigitalOcean region where the Dedicated Inference is hosted. Example:
            atl1.
        vpc (DedicatedInferenceSpecVpc):
        enable_public_endpoint (bool): Whether to expose a public LLM endpoint.
        model_deployments (list[ModelDeploymentSpec]): At least one model deployment is required.
    """

    version: int
    name: str
    region: DedicatedInferenceSpecRegion
    vpc: DedicatedInferenceSpecVpc
    enable_public_endpoint: bool
    model_deployments: list[ModelDeploymentSpec]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        name = self.name

        region = self.region.value

        vpc = self.vpc.to_dict()

        enable_public_endpoint = self.enable_public_endpoint

        model_deployments = []
        for model_deployments_item_data in self.model_deployments:
            model_deployments_item = model_deployments_item_data.to_dict()
            model_deployments.append(model_deployments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "name": name,
                "region": region,
                "vpc": vpc,
                "enable_public_endpoint": enable_public_endpoint,
                "model_deployments": model_deployments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference_spec_vpc import DedicatedInferenceSpecVpc
        from ..models.model_deployment_spec import ModelDeploymentSpec

        d = dict(src_dict)
        version = d.pop("version")

        name = d.pop("name")

        region = DedicatedInferenceSpecRegion(d.pop("region"))

        vpc = DedicatedInferenceSpecVpc.from_dict(d.pop("vpc"))

        enable_public_endpoint = d.pop("enable_public_endpoint")

        model_deployments = []
        _model_deployments = d.pop("model_deployments")
        for model_deployments_item_data in _model_deployments:
            model_deployments_item = ModelDeploymentSpec.from_dict(
                model_deployments_item_data
            )

            model_deployments.append(model_deployments_item)

        dedicated_inference_spec = cls(
            version=version,
            name=name,
            region=region,
            vpc=vpc,
            enable_public_endpoint=enable_public_endpoint,
            model_deployments=model_deployments,
        )

        dedicated_inference_spec.additional_properties = d
        return dedicated_inference_spec

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
