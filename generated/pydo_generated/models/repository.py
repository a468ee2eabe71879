from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repository_tag import RepositoryTag


T = TypeVar("T", bound="Repository")


@_attrs_define
class Repository:
    """
    Attributes:
        registry_name (str | Unset): The name of the container registry. Example: example.
        name (str | Unset): The name of the repository. Example: repo-1.
        latest_tag (RepositoryTag | Unset):
        tag_count (int | Unset): The number of tags in the repository. Example: 1.
    """

    registry_name: str | Unset = UNSET
    name: str | Unset = UNSET
    latest_tag: RepositoryTag | Unset = UNSET
    tag_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry_name = self.registry_name

        name = self.name

        latest_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_tag, Unset):
            latest_tag = self.latest_tag.to_dict()

        tag_count = self.tag_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registry_name is not UNSET:
            field_dict["registry_name"] = registry_name
        if name is not UNSET:
            field_dict["name"] = name
        if latest_tag is not UNSET:
            field_dict["latest_tag"] = latest_tag
        if tag_count is not UNSET:
            field_dict["tag_count"] = tag_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.repository_tag import RepositoryTag

        d = dict(src_dict)
        registry_name = d.pop("registry_name", UNSET)

        name = d.pop("name", UNSET)

        _latest_tag = d.pop("latest_tag", UNSET)
        latest_tag: RepositoryTag | Unset
        if isinstance(_latest_tag, Unset):
            latest_tag = UNSET
        else:
            latest_tag = RepositoryTag.from_dict(_latest_tag)

        tag_count = d.pop("tag_count", UNSET)

        repository = cls(
            registry_name=registry_name,
            name=name,
            latest_tag=latest_tag,
            tag_count=tag_count,
        )

        repository.additional_properties = d
        return repository

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
