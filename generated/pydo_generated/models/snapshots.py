from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snapshots_resource_type import SnapshotsResourceType

T = TypeVar("T", bound="Snapshots")


@_attrs_define
class Snapshots:
    """
    Attributes:
        name (str): A human-readable name for the snapshot. Example: web-01-1595954862243.
        created_at (datetime.datetime): A time value given in ISO8601 combined date and time format that represents when
            the snapshot was created. Example: 2020-07-28T16:47:44Z.
        regions (list[str]): An array of the regions that the snapshot is available in. The regions are represented by
            their identifying slug values. Example: ['nyc3', 'sfo3'].
        min_disk_size (int): The minimum size in GB required for a volume or Droplet to use this snapshot. Example: 25.
        size_gigabytes (float): The billable size of the snapshot in gigabytes. Example: 2.34.
        id (str): The unique identifier for the snapshot. Example: 6372321.
        resource_id (str): The unique identifier for the resource that the snapshot originated from. Example: 200776916.
        resource_type (SnapshotsResourceType): The type of resource that the snapshot originated from. Example: droplet.
        tags (list[str] | None): An array of Tags the snapshot has been tagged with.<br><br>Requires `tag:read` scope.
            Example: ['web', 'env:prod'].
    """

    name: str
    created_at: datetime.datetime
    regions: list[str]
    min_disk_size: int
    size_gigabytes: float
    id: str
    resource_id: str
    resource_type: SnapshotsResourceType
    tags: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at.isoformat()

        regions = self.regions

        min_disk_size = self.min_disk_size

        size_gigabytes = self.size_gigabytes

        id = self.id

        resource_id = self.resource_id

        resource_type = self.resource_type.value

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "created_at": created_at,
                "regions": regions,
                "min_disk_size": min_disk_size,
                "size_gigabytes": size_gigabytes,
                "id": id,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        regions = cast(list[str], d.pop("regions"))

        min_disk_size = d.pop("min_disk_size")

        size_gigabytes = d.pop("size_gigabytes")

        id = d.pop("id")

        resource_id = d.pop("resource_id")

        resource_type = SnapshotsResourceType(d.pop("resource_type"))

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        tags = _parse_tags(d.pop("tags"))

        snapshots = cls(
            name=name,
            created_at=created_at,
            regions=regions,
            min_disk_size=min_disk_size,
            size_gigabytes=size_gigabytes,
            id=id,
            resource_id=resource_id,
            resource_type=resource_type,
            tags=tags,
        )

        snapshots.additional_properties = d
        return snapshots

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
