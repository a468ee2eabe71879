from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags_resources import TagsResources


T = TypeVar("T", bound="Tags")


@_attrs_define
class Tags:
    """A tag is a label that can be applied to a resource (currently Droplets, Images, Volumes, Volume Snapshots, and
    Database clusters) in order to better organize or facilitate the lookups and actions on it.
    Tags have two attributes: a user defined `name` attribute and an embedded `resources` attribute with information
    about resources that have been tagged.

        Attributes:
            name (str | Unset): The name of the tag. Tags may contain letters, numbers, colons, dashes, and underscores.
                There is a limit of 255 characters per tag.

                **Note:** Tag names are case stable, which means the capitalization you use when you first create a tag is
                canonical.

                When working with tags in the API, you must use the tag's canonical capitalization. For example, if you create a
                tag named "PROD", the URL to add that tag to a resource would be
                `https://api.digitalocean.com/v2/tags/PROD/resources` (not `/v2/tags/prod/resources`).

                Tagged resources in the control panel will always display the canonical capitalization. For example, if you
                create a tag named "PROD", you can tag resources in the control panel by entering "prod". The tag will still
                display with its canonical capitalization, "PROD".
                 Example: extra-awesome.
            resources (TagsResources | Unset): An embedded object containing key value pairs of resource type and resource
                statistics.
                It also includes a count of the total number of resources tagged with the current tag as well as a
                `last_tagged_uri` attribute set to the last resource tagged with the current tag.

                This will only include resources that you are authorized to see. For example, to see tagged Droplets, include
                the `droplet:read` scope.
                 Example: {'count': 5, 'last_tagged_uri': 'https://api.digitalocean.com/v2/images/7555620', 'droplets':
                {'count': 1, 'last_tagged_uri': 'https://api.digitalocean.com/v2/droplets/3164444'}, 'images': {'count': 1,
                'last_tagged_uri': 'https://api.digitalocean.com/v2/images/7555620'}, 'volumes': {'count': 1, 'last_tagged_uri':
                'https://api.digitalocean.com/v2/volumes/3d80cb72-342b-4aaa-b92e-4e4abb24a933'}, 'volume_snapshots': {'count':
                1, 'last_tagged_uri': 'https://api.digitalocean.com/v2/snapshots/1f6f46e8-6b60-11e9-be4e-0a58ac144519'},
                'databases': {'count': 1, 'last_tagged_uri':
                'https://api.digitalocean.com/v2/databases/b92438f6-ba03-416c-b642-e9236db91976'}}.
    """

    name: str | Unset = UNSET
    resources: TagsResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tags_resources import TagsResources

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: TagsResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = TagsResources.from_dict(_resources)

        tags = cls(
            name=name,
            resources=resources,
        )

        tags.additional_properties = d
        return tags

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
