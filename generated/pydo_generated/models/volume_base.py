from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeBase")


@_attrs_define
class VolumeBase:
    """
    Attributes:
        id (str | Unset): The unique identifier for the block storage volume. Example:
            506f78a4-e098-11e5-ad9f-000f53306ae1.
        droplet_ids (list[int] | None | Unset): An array containing the IDs of the Droplets the volume is attached to.
            Note that at this time, a volume can only be attached to a single Droplet. Example: [].
        name (str | Unset): A human-readable name for the block storage volume. Must be lowercase and be composed only
            of numbers, letters and "-", up to a limit of 64 characters. The name must begin with a letter. Example:
            example.
        description (str | Unset): An optional free-form text field to describe a block storage volume. Example: Block
            store for examples.
        size_gigabytes (int | Unset): The size of the block storage volume in GiB (1024^3). This field does not apply
            when creating a volume from a snapshot. Example: 10.
        created_at (str | Unset): A time value given in ISO8601 combined date and time format that represents when the
            block storage volume was created. Example: 2020-03-02T17:00:49Z.
        tags (list[str] | None | Unset): A flat array of tag names as strings to be applied to the resource. Tag names
            may be for either existing or new tags. <br><br>Requires `tag:create` scope. Example: ['base-image', 'prod'].
    """

    id: str | Unset = UNSET
    droplet_ids: list[int] | None | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    size_gigabytes: int | Unset = UNSET
    created_at: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        droplet_ids: list[int] | None | Unset
        if isinstance(self.droplet_ids, Unset):
            droplet_ids = UNSET
        elif isinstance(self.droplet_ids, list):
            droplet_ids = self.droplet_ids

        else:
            droplet_ids = self.droplet_ids

        name = self.name

        description = self.description

        size_gigabytes = self.size_gigabytes

        created_at = self.created_at

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if droplet_ids is not UNSET:
            field_dict["droplet_ids"] = droplet_ids
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if size_gigabytes is not UNSET:
            field_dict["size_gigabytes"] = size_gigabytes
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        size_gigabytes = d.pop("size_gigabytes", UNSET)

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

        volume_base = cls(
            id=id,
            droplet_ids=droplet_ids,
            name=name,
            description=description,
            size_gigabytes=size_gigabytes,
            created_at=created_at,
            tags=tags,
        )

        volume_base.additional_properties = d
        return volume_base

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
