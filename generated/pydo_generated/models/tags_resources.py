from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags_resources_databases import TagsResourcesDatabases
    from ..models.tags_resources_droplets import TagsResourcesDroplets
    from ..models.tags_resources_imgages import TagsResourcesImgages
    from ..models.tags_resources_volume_snapshots import TagsResourcesVolumeSnapshots
    from ..models.tags_resources_volumes import TagsResourcesVolumes


T = TypeVar("T", bound="TagsResources")


@_attrs_define
class TagsResources:
    """An embedded object containing key value pairs of resource type and resource statistics.
    It also includes a count of the total number of resources tagged with the current tag as well as a `last_tagged_uri`
    attribute set to the last resource tagged with the current tag.

    This will only include resources that you are authorized to see. For example, to see tagged Droplets, include the
    `droplet:read` scope.

        Example:
            {'count': 5, 'last_tagged_uri': 'https://api.digitalocean.com/v2/images/7555620', 'droplets': {'count': 1,
                'last_tagged_uri': 'https://api.digitalocean.com/v2/droplets/3164444'}, 'images': {'count': 1,
                'last_tagged_uri': 'https://api.digitalocean.com/v2/images/7555620'}, 'volumes': {'count': 1, 'last_tagged_uri':
                'https://api.digitalocean.com/v2/volumes/3d80cb72-342b-4aaa-b92e-4e4abb24a933'}, 'volume_snapshots': {'count':
                1, 'last_tagged_uri': 'https://api.digitalocean.com/v2/snapshots/1f6f46e8-6b60-11e9-be4e-0a58ac144519'},
                'databases': {'count': 1, 'last_tagged_uri':
                'https://api.digitalocean.com/v2/databases/b92438f6-ba03-416c-b642-e9236db91976'}}

        Attributes:
            count (int | Unset): The number of tagged objects for this type of resource. Example: 5.
            last_tagged_uri (str | Unset): The URI for the last tagged object for this type of resource. Example:
                https://api.digitalocean.com/v2/images/7555620.
            droplets (TagsResourcesDroplets | Unset):
            imgages (TagsResourcesImgages | Unset):
            volumes (TagsResourcesVolumes | Unset):
            volume_snapshots (TagsResourcesVolumeSnapshots | Unset):
            databases (TagsResourcesDatabases | Unset):
    """

    count: int | Unset = UNSET
    last_tagged_uri: str | Unset = UNSET
    droplets: TagsResourcesDroplets | Unset = UNSET
    imgages: TagsResourcesImgages | Unset = UNSET
    volumes: TagsResourcesVolumes | Unset = UNSET
    volume_snapshots: TagsResourcesVolumeSnapshots | Unset = UNSET
    databases: TagsResourcesDatabases | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        last_tagged_uri = self.last_tagged_uri

        droplets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.droplets, Unset):
            droplets = self.droplets.to_dict()

        imgages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.imgages, Unset):
            imgages = self.imgages.to_dict()

        volumes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes.to_dict()

        volume_snapshots: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume_snapshots, Unset):
            volume_snapshots = self.volume_snapshots.to_dict()

        databases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.databases, Unset):
            databases = self.databases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if last_tagged_uri is not UNSET:
            field_dict["last_tagged_uri"] = last_tagged_uri
        if droplets is not UNSET:
            field_dict["droplets"] = droplets
        if imgages is not UNSET:
            field_dict["imgages"] = imgages
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if volume_snapshots is not UNSET:
            field_dict["volume_snapshots"] = volume_snapshots
        if databases is not UNSET:
            field_dict["databases"] = databases

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tags_resources_databases import TagsResourcesDatabases
        from ..models.tags_resources_droplets import TagsResourcesDroplets
        from ..models.tags_resources_imgages import TagsResourcesImgages
        from ..models.tags_resources_volume_snapshots import (
            TagsResourcesVolumeSnapshots,
        )
        from ..models.tags_resources_volumes import TagsResourcesVolumes

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        last_tagged_uri = d.pop("last_tagged_uri", UNSET)

        _droplets = d.pop("droplets", UNSET)
        droplets: TagsResourcesDroplets | Unset
        if isinstance(_droplets, Unset):
            droplets = UNSET
        else:
            droplets = TagsResourcesDroplets.from_dict(_droplets)

        _imgages = d.pop("imgages", UNSET)
        imgages: TagsResourcesImgages | Unset
        if isinstance(_imgages, Unset):
            imgages = UNSET
        else:
            imgages = TagsResourcesImgages.from_dict(_imgages)

        _volumes = d.pop("volumes", UNSET)
        volumes: TagsResourcesVolumes | Unset
        if isinstance(_volumes, Unset):
            volumes = UNSET
        else:
            volumes = TagsResourcesVolumes.from_dict(_volumes)

        _volume_snapshots = d.pop("volume_snapshots", UNSET)
        volume_snapshots: TagsResourcesVolumeSnapshots | Unset
        if isinstance(_volume_snapshots, Unset):
            volume_snapshots = UNSET
        else:
            volume_snapshots = TagsResourcesVolumeSnapshots.from_dict(_volume_snapshots)

        _databases = d.pop("databases", UNSET)
        databases: TagsResourcesDatabases | Unset
        if isinstance(_databases, Unset):
            databases = UNSET
        else:
            databases = TagsResourcesDatabases.from_dict(_databases)

        tags_resources = cls(
            count=count,
            last_tagged_uri=last_tagged_uri,
            droplets=droplets,
            imgages=imgages,
            volumes=volumes,
            volume_snapshots=volume_snapshots,
            databases=databases,
        )

        tags_resources.additional_properties = d
        return tags_resources

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
