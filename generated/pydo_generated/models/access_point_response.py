from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_point_response_status import AccessPointResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_policy import AccessPolicy


T = TypeVar("T", bound="AccessPointResponse")


@_attrs_define
class AccessPointResponse:
    """Represents an NFS access point resource.

    Attributes:
        id (UUID): The unique identifier of the access point. Example: a1b2c3d4-e5f6-4a5b-9c8d-1e2f3a4b5c6d.
        name (str): The human-readable name of the access point. Must be unique per share. Example: other-vpc.
        share_id (UUID): The unique identifier of the share this access point belongs to. Example:
            0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d.
        path (str): The export sub-path for this access point (always starts with `/`). Example: /other-vpc.
        status (AccessPointResponseStatus): The current lifecycle status of an access point. There is no
            ACCESS_POINT_DELETING state:
            DELETE soft-deletes the access point synchronously (mirroring share deletion);
            the response of a delete request returns the access point already in ACCESS_POINT_DELETED.
             Example: ACCESS_POINT_ACTIVE.
        access_policy (AccessPolicy): Provider-agnostic NFS access policy for an access point. Network CIDRs are
            managed by attach, detach, and managed-access workflows and are not part of
            this policy.
        created_at (datetime.datetime): The timestamp when the access point was created. Example: 2023-01-01T00:00:00Z.
        updated_at (str): The timestamp when the access point was last updated. May be empty while the
            access point is still being created.
             Example: 2026-06-25T08:11:16Z.
        is_default (bool): Whether this is the share's default access point. Example: False.
        vpc_id (str | Unset): The VPC this access point is pinned to. Omitted on the default access point.
            Every non-default access point owns its own storage gateway in this VPC and
            is independent of the parent share's VPC lifecycle.
             Example: 3f34cdb2-1e4f-4100-b5c7-f55f2762085f.
    """

    id: UUID
    name: str
    share_id: UUID
    path: str
    status: AccessPointResponseStatus
    access_policy: AccessPolicy
    created_at: datetime.datetime
    updated_at: str
    is_default: bool
    vpc_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        share_id = str(self.share_id)

        path = self.path

        status = self.status.value

        access_policy = self.access_policy.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at

        is_default = self.is_default

        vpc_id = self.vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "share_id": share_id,
                "path": path,
                "status": status,
                "access_policy": access_policy,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_default": is_default,
            }
        )
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_policy import AccessPolicy

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        share_id = UUID(d.pop("share_id"))

        path = d.pop("path")

        status = AccessPointResponseStatus(d.pop("status"))

        access_policy = AccessPolicy.from_dict(d.pop("access_policy"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = d.pop("updated_at")

        is_default = d.pop("is_default")

        vpc_id = d.pop("vpc_id", UNSET)

        access_point_response = cls(
            id=id,
            name=name,
            share_id=share_id,
            path=path,
            status=status,
            access_policy=access_policy,
            created_at=created_at,
            updated_at=updated_at,
            is_default=is_default,
            vpc_id=vpc_id,
        )

        access_point_response.additional_properties = d
        return access_point_response

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
