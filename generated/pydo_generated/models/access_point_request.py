from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_policy import AccessPolicy


T = TypeVar("T", bound="AccessPointRequest")


@_attrs_define
class AccessPointRequest:
    """Payload for creating a new access point on a share.

    Attributes:
        name (str): The name for the access point. Must be unique per share. Must be 2–63
            characters and match `^[a-zA-Z0-9][a-zA-Z0-9-]{1,61}[a-zA-Z0-9]$`.
            The name `default` is reserved (case-insensitive) for the implicit default
            access point created with each share.
             Example: other-vpc.
        path (str): The export sub-path. Must start with `/`, must not be exactly `/` (reserved
            for the default access point), must be at most 1024 characters, may contain
            only alphanumerics, `-`, `_`, `.`, and `/`, and must not contain `..` path
            segments.
             Example: /other-vpc.
        access_policy (AccessPolicy): Provider-agnostic NFS access policy for an access point. Network CIDRs are
            managed by attach, detach, and managed-access workflows and are not part of
            this policy.
        vpc_id (str): Required. The VPC this access point will be pinned to. A storage gateway is
            provisioned (or reused) in this VPC, and the access point becomes mountable from
            this VPC regardless of whether the parent share is currently attached to it.
             Example: 3f34cdb2-1e4f-4100-b5c7-f55f2762085f.
    """

    name: str
    path: str
    access_policy: AccessPolicy
    vpc_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        access_policy = self.access_policy.to_dict()

        vpc_id = self.vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "path": path,
                "access_policy": access_policy,
                "vpc_id": vpc_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_policy import AccessPolicy

        d = dict(src_dict)
        name = d.pop("name")

        path = d.pop("path")

        access_policy = AccessPolicy.from_dict(d.pop("access_policy"))

        vpc_id = d.pop("vpc_id")

        access_point_request = cls(
            name=name,
            path=path,
            access_policy=access_policy,
            vpc_id=vpc_id,
        )

        access_point_request.additional_properties = d
        return access_point_request

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
