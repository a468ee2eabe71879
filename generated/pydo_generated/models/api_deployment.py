from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_deployment_status import ApiDeploymentStatus
from ..models.api_deployment_visibility import ApiDeploymentVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployment")


@_attrs_define
class ApiDeployment:
    """Description of deployment

    Attributes:
        created_at (datetime.datetime | Unset): Creation date / time Example: 2023-01-01T00:00:00Z.
        name (str | Unset): Name Example: example name.
        status (ApiDeploymentStatus | Unset):  Example: STATUS_UNKNOWN.
        updated_at (datetime.datetime | Unset): Last modified Example: 2023-01-01T00:00:00Z.
        url (str | Unset): Access your deployed agent here Example: example string.
        uuid (str | Unset): Unique id Example: 123e4567-e89b-12d3-a456-426614174000.
        visibility (ApiDeploymentVisibility | Unset): - VISIBILITY_UNKNOWN: The status of the deployment is unknown
             - VISIBILITY_DISABLED: The deployment is disabled and will no longer service requests
             - VISIBILITY_PLAYGROUND: Deprecated: No longer a valid state
             - VISIBILITY_PUBLIC: The deployment is public and will service requests from the public internet
             - VISIBILITY_PRIVATE: The deployment is private and will only service requests from other agents, or through
            API keys Example: VISIBILITY_UNKNOWN.
    """

    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    status: ApiDeploymentStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    uuid: str | Unset = UNSET
    visibility: ApiDeploymentVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        url = self.url

        uuid = self.uuid

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: ApiDeploymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ApiDeploymentStatus(_status)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        url = d.pop("url", UNSET)

        uuid = d.pop("uuid", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: ApiDeploymentVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ApiDeploymentVisibility(_visibility)

        api_deployment = cls(
            created_at=created_at,
            name=name,
            status=status,
            updated_at=updated_at,
            url=url,
            uuid=uuid,
            visibility=visibility,
        )

        api_deployment.additional_properties = d
        return api_deployment

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
