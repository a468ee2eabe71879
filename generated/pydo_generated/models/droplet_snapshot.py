from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.droplet_snapshot_type import DropletSnapshotType

T = TypeVar("T", bound="DropletSnapshot")


@_attrs_define
class DropletSnapshot:
    """
    Attributes:
        name (str): A human-readable name for the snapshot. Example: web-01-1595954862243.
        created_at (datetime.datetime): A time value given in ISO8601 combined date and time format that represents when
            the snapshot was created. Example: 2020-07-28T16:47:44Z.
        regions (list[str]): An array of the regions that the snapshot is available in. The regions are represented by
            their identifying slug values. Example: ['nyc3', 'sfo3'].
        min_disk_size (int): The minimum size in GB required for a volume or Droplet to use this snapshot. Example: 25.
        size_gigabytes (float): The billable size of the snapshot in gigabytes. Example: 2.34.
        id (int): The unique identifier for the snapshot or backup. Example: 6372321.
        type_ (DropletSnapshotType): Describes the kind of image. It may be one of `snapshot` or `backup`. This
            specifies whether an image is a user-generated Droplet snapshot or automatically created Droplet backup.
            Example: snapshot.
    """

    name: str
    created_at: datetime.datetime
    regions: list[str]
    min_disk_size: int
    size_gigabytes: float
    id: int
    type_: DropletSnapshotType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at.isoformat()

        regions = self.regions

        min_disk_size = self.min_disk_size

        size_gigabytes = self.size_gigabytes

        id = self.id

        type_ = self.type_.value

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
                "type": type_,
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

        type_ = DropletSnapshotType(d.pop("type"))

        droplet_snapshot = cls(
            name=name,
            created_at=created_at,
            regions=regions,
            min_disk_size=min_disk_size,
            size_gigabytes=size_gigabytes,
            id=id,
            type_=type_,
        )

        droplet_snapshot.additional_properties = d
        return droplet_snapshot

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
