from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="TagsCreateResponse201")


@_attrs_define
class TagsCreateResponse201:
    """
    Example:
        {'tag': {'name': 'extra-awesome', 'resources': {'count': 0, 'droplets': {'count': 0}, 'images': {'count': 0},
            'volumes': {'count': 0}, 'volume_snapshots': {'count': 0}, 'databases': {'count': 0}}}}

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

        tags_create_response_201 = cls(
            tag=tag,
        )

        tags_create_response_201.additional_properties = d
        return tags_create_response_201

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
