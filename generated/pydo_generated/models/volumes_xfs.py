from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.region_slug import RegionSlug
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumesXfs")


@_attrs_define
class VolumesXfs:
    """
    Attributes:
        name (str): A human-readable name for the block storage volume. Must be lowercase and be composed only of
            numbers, letters and "-", up to a limit of 64 characters. The name must begin with a letter. Example: example.
        size_gigabytes (int): The size of the block storage volume in GiB (1024^3). This field does not apply  when
            creating a volume from a snapshot. Example: 10.
        region (RegionSlug): The slug identifier for the region where the resource will initially be  available.
            Example: nyc3.
        id (str | Unset): The unique identifier for the block storage volume. Example:
            506f78a4-e098-11e5-ad9f-000f53306ae1.
        droplet_ids (list[int] | None | Unset): An array containing the IDs of the Droplets the volume is attached to.
            Note that at this time, a volume can only be attached to a single Droplet. Example: [].
        description (str | Unset): An optional free-form text field to describe a block storage volume. Example: Block
            store for examples.
        created_at (str | Unset): A time value given in ISO8601 combined date and time format that represents when the
            block storage volume was created. Example: 2020-03-02T17:00:49Z.
        tags (list[str] | None | Unset): A flat array of tag names as strings to be applied to the resource. Tag names
            may be for either existing or new tags. <br><br>Requires `tag:create` scope. Example: ['base-image', 'prod'].
        snapshot_id (str | Unset): The unique identifier for the volume snapshot from which to create the volume.
            Example: b0798135-fb76-11eb-946a-0a58ac146f33.
        filesystem_type (str | Unset): The name of the filesystem type to be used on the volume. When provided, the
            volume will automatically be formatted to the specified filesystem type. Currently, the available options are
            `ext4` and `xfs`. Pre-formatted volumes are automatically mounted when attached to Ubuntu, Debian, Fedora,
            Fedora Atomic, and CentOS Droplets created on or after April 26, 2018. Attaching pre-formatted volumes to other
            Droplets is not recommended. Example: ext4.
        filesystem_label (str | Unset): The label applied to the filesystem. Labels for ext4 type filesystems may
            contain 16 characters while labels for xfs type filesystems are limited to 12 characters. May only be used in
            conjunction with filesystem_type. Example: example.
    """

    name: str
    size_gigabytes: int
    region: RegionSlug
    id: str | Unset = UNSET
    droplet_ids: list[int] | None | Unset = UNSET
    description: str | Unset = UNSET
    created_at: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    filesystem_type: str | Unset = UNSET
    filesystem_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size_gigabytes = self.size_gigabytes

        region = self.region.value

        id = self.id

        droplet_ids: list[int] | None | Unset
        if isinstance(self.droplet_ids, Unset):
            droplet_ids = UNSET
        elif isinstance(self.droplet_ids, list):
            droplet_ids = self.droplet_ids

        else:
            droplet_ids = self.droplet_ids

        description = self.description

        created_at = self.created_at

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        snapshot_id = self.snapshot_id

        filesystem_type = self.filesystem_type

        filesystem_label = self.filesystem_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size_gigabytes": size_gigabytes,
                "region": region,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if droplet_ids is not UNSET:
            field_dict["droplet_ids"] = droplet_ids
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if snapshot_id is not UNSET:
            field_dict["snapshot_id"] = snapshot_id
        if filesystem_type is not UNSET:
            field_dict["filesystem_type"] = filesystem_type
        if filesystem_label is not UNSET:
            field_dict["filesystem_label"] = filesystem_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        size_gigabytes = d.pop("size_gigabytes")

        region = RegionSlug(d.pop("region"))

        id = d.pop("id", UNSET)

        def _parse_droplet_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                droplet_ids_type_0 = cast(list[int], data)

                return droplet_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        droplet_ids = _parse_droplet_ids(d.pop("droplet_ids", UNSET))

        description = d.pop("description", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemastags_array_type_0 = cast(list[str], data)

                return componentsschemastags_array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        snapshot_id = d.pop("snapshot_id", UNSET)

        filesystem_type = d.pop("filesystem_type", UNSET)

        filesystem_label = d.pop("filesystem_label", UNSET)

        volumes_xfs = cls(
            name=name,
            size_gigabytes=size_gigabytes,
            region=region,
            id=id,
            droplet_ids=droplet_ids,
            description=description,
            created_at=created_at,
            tags=tags,
            snapshot_id=snapshot_id,
            filesystem_type=filesystem_type,
            filesystem_label=filesystem_label,
        )

        volumes_xfs.additional_properties = d
        return volumes_xfs

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
