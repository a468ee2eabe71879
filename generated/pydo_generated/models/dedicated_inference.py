from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dedicated_inference_status import DedicatedInferenceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inference_endpoints import DedicatedInferenceEndpoints
    from ..models.dedicated_inference_spec import DedicatedInferenceSpec
    from ..models.pending_deployment_spec import PendingDeploymentSpec


T = TypeVar("T", bound="DedicatedInference")


@_attrs_define
class DedicatedInference:
    """A Dedicated Inference instance.

    Attributes:
        id (UUID | Unset): Unique ID of the Dedicated Inference. Example: 6b5c619c-359c-44ca-87e2-47e98170c01d.
        status (DedicatedInferenceStatus | Unset): Current state of the Dedicated Inference. Example: active.
        region (str | Unset): DigitalOcean region where the Dedicated Inference is hosted. Example: atl1.
        vpc_uuid (UUID | Unset): VPC UUID of the Dedicated Inference. Example: 997615ce-132d-4bae-9270-9ee21b395e5d.
        spec (DedicatedInferenceSpec | Unset): Structured configuration for a Dedicated Inference deployment.
        pending_deployment_spec (PendingDeploymentSpec | Unset): Pending deployment when status is provisioning or
            updating.
        endpoints (DedicatedInferenceEndpoints | Unset):
        created_at (datetime.datetime | Unset): When the Dedicated Inference was created. Example: 2024-01-09T20:44:32Z.
        updated_at (datetime.datetime | Unset): When the Dedicated Inference was last updated. Example:
            2024-01-09T20:44:32Z.
    """

    id: UUID | Unset = UNSET
    status: DedicatedInferenceStatus | Unset = UNSET
    region: str | Unset = UNSET
    vpc_uuid: UUID | Unset = UNSET
    spec: DedicatedInferenceSpec | Unset = UNSET
    pending_deployment_spec: PendingDeploymentSpec | Unset = UNSET
    endpoints: DedicatedInferenceEndpoints | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        region = self.region

        vpc_uuid: str | Unset = UNSET
        if not isinstance(self.vpc_uuid, Unset):
            vpc_uuid = str(self.vpc_uuid)

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        pending_deployment_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_deployment_spec, Unset):
            pending_deployment_spec = self.pending_deployment_spec.to_dict()

        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

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
        if status is not UNSET:
            field_dict["status"] = status
        if region is not UNSET:
            field_dict["region"] = region
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid
        if spec is not UNSET:
            field_dict["spec"] = spec
        if pending_deployment_spec is not UNSET:
            field_dict["pending_deployment_spec"] = pending_deployment_spec
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference_endpoints import DedicatedInferenceEndpoints
        from ..models.dedicated_inference_spec import DedicatedInferenceSpec
        from ..models.pending_deployment_spec import PendingDeploymentSpec

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _status = d.pop("status", UNSET)
        status: DedicatedInferenceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DedicatedInferenceStatus(_status)

        region = d.pop("region", UNSET)

        _vpc_uuid = d.pop("vpc_uuid", UNSET)
        vpc_uuid: UUID | Unset
        if isinstance(_vpc_uuid, Unset):
            vpc_uuid = UNSET
        else:
            vpc_uuid = UUID(_vpc_uuid)

        _spec = d.pop("spec", UNSET)
        spec: DedicatedInferenceSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = DedicatedInferenceSpec.from_dict(_spec)

        _pending_deployment_spec = d.pop("pending_deployment_spec", UNSET)
        pending_deployment_spec: PendingDeploymentSpec | Unset
        if isinstance(_pending_deployment_spec, Unset):
            pending_deployment_spec = UNSET
        else:
            pending_deployment_spec = PendingDeploymentSpec.from_dict(
                _pending_deployment_spec
            )

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: DedicatedInferenceEndpoints | Unset
        if isinstance(_endpoints, Unset):
            endpoints = UNSET
        else:
            endpoints = DedicatedInferenceEndpoints.from_dict(_endpoints)

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

        dedicated_inference = cls(
            id=id,
            status=status,
            region=region,
            vpc_uuid=vpc_uuid,
            spec=spec,
            pending_deployment_spec=pending_deployment_spec,
            endpoints=endpoints,
            created_at=created_at,
            updated_at=updated_at,
        )

        dedicated_inference.additional_properties = d
        return dedicated_inference

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
