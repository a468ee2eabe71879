from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="TagsGetResponse200")


@_attrs_define
class TagsGetResponse200:
    """
    Example:
        {'tag': {'tag': {'name': 'extra-awesome', 'resources': {'count': 5, 'last_tagged_uri':
            'https://api.digitalocean.com/v2/images/7555620', 'droplets': {'count': 1, 'last_tagged_uri':
            'https://api.digitalocean.com/v2/droplets/3164444'}, 'images': {'count': 1, 'last_tagged_uri':
            'https://api.digitalocean.com/v2/images/7555620'}, 'volumes': {'count': 1, 'last_tagged_uri':
            'https://api.digitalocean.com/v2/volumes/3d80cb72-342b-4aaa-b92e-4e4abb24a933'}, 'volume_snapshots': {'count':
            1, 'last_tagged_uri': 'https://api.digitalocean.com/v2/snapshots/1f6f46e8-6b60-11e9-be4e-0a58ac144519'},
            'databases': {'count': 1, 'last_tagged_uri':
            'https://api.digitalocean.com/v2/databases/b92438f6-ba03-416c-b642-e9236db91976'}}}}}

    Attributes:
        tag (Tags | Unset): A tag is a label that can be applied to a resource (currently Droplets, Images, Volumes,
            Volume Snapshots, and Database clusters) in order to better organize or facilitate the lookups and actions on
            it.
            Tags have two attributes: a user defined `name` attribute and an embedded `resources` attribute with information
            about resources that have been tagged.
    """

    tag: Tags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tags import Tags

        d = dict(src_dict)
        _tag = d.pop("tag", UNSET)
        tag: Tags | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = Tags.from_dict(_tag)

        tags_get_response_200 = cls(
            tag=tag,
        )

        tags_get_response_200.additional_properties = d
        return tags_get_response_200

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
