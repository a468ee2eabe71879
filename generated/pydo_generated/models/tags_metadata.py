from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagsMetadata")


@_attrs_define
class TagsMetadata:
    """Tagged Resource Statistics include metadata regarding the resource type that has been tagged.

    Attributes:
        count (int | Unset): The number of tagged objects for this type of resource. Example: 5.
        last_tagged_uri (str | Unset): The URI for the last tagged object for this type of resource. Example:
            https://api.digitalocean.com/v2/images/7555620.
    """

    count: int | Unset = UNSET
    last_tagged_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        last_tagged_uri = self.last_tagged_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if last_tagged_uri is not UNSET:
            field_dict["last_tagged_uri"] = last_tagged_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        last_tagged_uri = d.pop("last_tagged_uri", UNSET)

        tags_metadata = cls(
            count=count,
            last_tagged_uri=last_tagged_uri,
        )

        tags_metadata.additional_properties = d
        return tags_metadata

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
