from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_model_active_deployment_endpoints import (
        CustomModelActiveDeploymentEndpoints,
    )


T = TypeVar("T", bound="CustomModelActiveDeployment")


@_attrs_define
class CustomModelActiveDeployment:
    """An active dedicated inference deployment using this custom model.

    Attributes:
        created_at (str | Unset): RFC 3339 timestamp indicating when the dedicated inference deployment was created
            Example: example string.
        endpoints (CustomModelActiveDeploymentEndpoints | Unset): Endpoint URLs for a dedicated inference deployment
            associated with a custom model.
        id (str | Unset): Unique identifier (UUID) of the dedicated inference deployment Example: example string.
        name (str | Unset): Human-readable name of the dedicated inference deployment Example: example name.
        region_slug (str | Unset): Slug of the region where the dedicated inference deployment is running (e.g. "atl1")
            Example: example string.
        state (str | Unset): Current lifecycle state of the dedicated inference deployment (e.g. "ACTIVE",
            "PROVISIONING") Example: example string.
        updated_at (str | Unset): RFC 3339 timestamp indicating when the dedicated inference deployment was last updated
            Example: 2023-01-01.
    """

    created_at: str | Unset = UNSET
    endpoints: CustomModelActiveDeploymentEndpoints | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    region_slug: str | Unset = UNSET
    state: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

        id = self.id

        name = self.name

        region_slug = self.region_slug

        state = self.state

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if region_slug is not UNSET:
            field_dict["region_slug"] = region_slug
        if state is not UNSET:
            field_dict["state"] = state
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_model_active_deployment_endpoints import (
            CustomModelActiveDeploymentEndpoints,
        )

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: CustomModelActiveDeploymentEndpoints | Unset
        if isinstance(_endpoints, Unset):
            endpoints = UNSET
        else:
            endpoints = CustomModelActiveDeploymentEndpoints.from_dict(_endpoints)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        region_slug = d.pop("region_slug", UNSET)

        state = d.pop("state", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        custom_model_active_deployment = cls(
            created_at=created_at,
            endpoints=endpoints,
            id=id,
            name=name,
            region_slug=region_slug,
            state=state,
            updated_at=updated_at,
        )

        custom_model_active_deployment.additional_properties = d
        return custom_model_active_deployment

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
