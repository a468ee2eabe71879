from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nfs_response_status import NfsResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_point_response import AccessPointResponse


T = TypeVar("T", bound="NfsResponse")


@_attrs_define
class NfsResponse:
    """
    Attributes:
        id (str): The unique identifier of the NFS share. Example: 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d.
        name (str): The human-readable name of the share. Example: sammy-share-drive.
        size_gib (int): The desired/provisioned size of the share in GiB (Gibibytes). Must be >= 50. Example: 1024.
        region (str): The DigitalOcean region slug (e.g., nyc2, atl1) where the NFS share resides. Example: atl1.
        status (NfsResponseStatus): The current status of the share. `INACTIVE` means the share exists but is
            not attached to any VPC.
             Example: ACTIVE.
        created_at (datetime.datetime): Timestamp for when the NFS share was created. Example: 2023-01-01T00:00:00Z.
        vpc_ids (list[str] | Unset): List of VPC IDs that should be able to access the share. Example:
            ['796c6fe3-2a1d-4da2-9f3e-38239827dc91'].
        performance_tier (str | Unset): The performance tier of the share. Example: PERFORMANCE_TIER_HIGH.
        mount_path (str | Unset): Path at which the share will be available, to be mounted at a target of the user's
            choice within the client Example: /123456/your-nfs-share-uuid.
        host (str | Unset): The host IP of the NFS server that will be accessible from the associated VPC Example:
            10.128.32.2.
        access_points (list[AccessPointResponse] | Unset): Access points configured on this share. The default access
            point is returned first.
    """

    id: str
    name: str
    size_gib: int
    region: str
    status: NfsResponseStatus
    created_at: datetime.datetime
    vpc_ids: list[str] | Unset = UNSET
    performance_tier: str | Unset = UNSET
    mount_path: str | Unset = UNSET
    host: str | Unset = UNSET
    access_points: list[AccessPointResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size_gib = self.size_gib

        region = self.region

        status = self.status.value

        created_at = self.created_at.isoformat()

        vpc_ids: list[str] | Unset = UNSET
        if not isinstance(self.vpc_ids, Unset):
            vpc_ids = self.vpc_ids

        performance_tier = self.performance_tier

        mount_path = self.mount_path

        host = self.host

        access_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_points, Unset):
            access_points = []
            for access_points_item_data in self.access_points:
                access_points_item = access_points_item_data.to_dict()
                access_points.append(access_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "size_gib": size_gib,
                "region": region,
                "status": status,
                "created_at": created_at,
            }
        )
        if vpc_ids is not UNSET:
            field_dict["vpc_ids"] = vpc_ids
        if performance_tier is not UNSET:
            field_dict["performance_tier"] = performance_tier
        if mount_path is not UNSET:
            field_dict["mount_path"] = mount_path
        if host is not UNSET:
            field_dict["host"] = host
        if access_points is not UNSET:
            field_dict["access_points"] = access_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_point_response import AccessPointResponse

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        size_gib = d.pop("size_gib")

        region = d.pop("region")

        status = NfsResponseStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        vpc_ids = cast(list[str], d.pop("vpc_ids", UNSET))

        performance_tier = d.pop("performance_tier", UNSET)

        mount_path = d.pop("mount_path", UNSET)

        host = d.pop("host", UNSET)

        _access_points = d.pop("access_points", UNSET)
        access_points: list[AccessPointResponse] | Unset = UNSET
        if _access_points is not UNSET:
            access_points = []
            for access_points_item_data in _access_points:
                access_points_item = AccessPointResponse.from_dict(
                    access_points_item_data
                )

                access_points.append(access_points_item)

        nfs_response = cls(
            id=id,
            name=name,
            size_gib=size_gib,
            region=region,
            status=status,
            created_at=created_at,
            vpc_ids=vpc_ids,
            performance_tier=performance_tier,
            mount_path=mount_path,
            host=host,
            access_points=access_points,
        )

        nfs_response.additional_properties = d
        return nfs_response

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
