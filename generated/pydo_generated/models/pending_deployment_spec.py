from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_deployment_spec_status import PendingDeploymentSpecStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_deployment_spec import ModelDeploymentSpec
    from ..models.pending_deployment_spec_vpc import PendingDeploymentSpecVpc


T = TypeVar("T", bound="PendingDeploymentSpec")


@_attrs_define
class PendingDeploymentSpec:
    """Pending deployment when status is provisioning or updating.

    Attributes:
        id (UUID | Unset): Deployment UUID. Example: 7c6d729d-360d-44db-88e3-58e98281d12e.
        version (int | Unset): Spec version. Example: 1.
        name (str | Unset): Name of the Dedicated Inference. Must be unique within the team. Example: new-dedicated-
            inference.
        status (PendingDeploymentSpecStatus | Unset):  Example: provisioning.
        vpc (PendingDeploymentSpecVpc | Unset):
        enable_public_endpoint (bool | Unset): Whether to expose a public LLM endpoint.
        model_deployments (list[ModelDeploymentSpec] | Unset): At least one model deployment is required.
        created_at (datetime.datetime | Unset):  Example: 2024-01-09T20:44:32Z.
        updated_at (datetime.datetime | Unset):  Example: 2024-01-09T20:44:32Z.
    """

    id: UUID | Unset = UNSET
    version: int | Unset = UNSET
    name: str | Unset = UNSET
    status: PendingDeploymentSpecStatus | Unset = UNSET
    vpc: PendingDeploymentSpecVpc | Unset = UNSET
    enable_public_endpoint: bool | Unset = UNSET
    model_deployments: list[ModelDeploymentSpec] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        version = self.version

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        vpc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpc, Unset):
            vpc = self.vpc.to_dict()

        enable_public_endpoint = self.enable_public_endpoint

        model_deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_deployments, Unset):
            model_deployments = []
            for model_deployments_item_data in self.model_deployments:
                model_deployments_item = model_deployments_item_data.to_dict()
                model_deployments.append(model_deployments_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if vpc is not UNSET:
            field_dict["vpc"] = vpc
        if enable_public_endpoint is not UNSET:
            field_dict["enable_public_endpoint"] = enable_public_endpoint
        if model_deployments is not UNSET:
            field_dict["model_deployments"] = model_deployments
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_deployment_spec import ModelDeploymentSpec
        from ..models.pending_deployment_spec_vpc import PendingDeploymentSpecVpc

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        version = d.pop("version", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: PendingDeploymentSpecStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PendingDeploymentSpecStatus(_status)

        _vpc = d.pop("vpc", UNSET)
        vpc: PendingDeploymentSpecVpc | Unset
        if isinstance(_vpc, Unset):
            vpc = UNSET
        else:
            vpc = PendingDeploymentSpecVpc.from_dict(_vpc)

        enable_public_endpoint = d.pop("enable_public_endpoint", UNSET)

        _model_deployments = d.pop("model_deployments", UNSET)
        model_deployments: list[ModelDeploymentSpec] | Unset = UNSET
        if _model_deployments is not UNSET:
            model_deployments = []
            for model_deployments_item_data in _model_deployments:
                model_deployments_item = ModelDeploymentSpec.from_dict(
                    model_deployments_item_data
                )

                model_deployments.append(model_deployments_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        pending_deployment_spec = cls(
            id=id,
            version=version,
            name=name,
            status=status,
            vpc=vpc,
            enable_public_endpoint=enable_public_endpoint,
            model_deployments=model_deployments,
            created_at=created_at,
            updated_at=updated_at,
        )

        pending_deployment_spec.additional_properties = d
        return pending_deployment_spec

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
