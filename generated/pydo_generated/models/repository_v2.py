from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repository_manifest import RepositoryManifest


T = TypeVar("T", bound="RepositoryV2")


@_attrs_define
class RepositoryV2:
    """
    Attributes:
        registry_name (str | Unset): The name of the container registry. Example: example.
        name (str | Unset): The name of the repository. Example: repo-1.
        latest_manifest (RepositoryManifest | Unset):
        tag_count (int | Unset): The number of tags in the repository. Example: 1.
        manifest_count (int | Unset): The number of manifests in the repository. Example: 1.
    """

    registry_name: str | Unset = UNSET
    name: str | Unset = UNSET
    latest_manifest: RepositoryManifest | Unset = UNSET
    tag_count: int | Unset = UNSET
    manifest_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry_name = self.registry_name

        name = self.name

        latest_manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_manifest, Unset):
            latest_manifest = self.latest_manifest.to_dict()

        tag_count = self.tag_count

        manifest_count = self.manifest_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registry_name is not UNSET:
            field_dict["registry_name"] = registry_name
        if name is not UNSET:
            field_dict["name"] = name
        if latest_manifest is not UNSET:
            field_dict["latest_manifest"] = latest_manifest
        if tag_count is not UNSET:
            field_dict["tag_count"] = tag_count
        if manifest_count is not UNSET:
            field_dict["manifest_count"] = manifest_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.repository_manifest import RepositoryManifest

        d = dict(src_dict)
        registry_name = d.pop("registry_name", UNSET)

        name = d.pop("name", UNSET)

        _latest_manifest = d.pop("latest_manifest", UNSET)
        latest_manifest: RepositoryManifest | Unset
        if isinstance(_latest_manifest, Unset):
            latest_manifest = UNSET
        else:
            latest_manifest = RepositoryManifest.from_dict(_latest_manifest)

        tag_count = d.pop("tag_count", UNSET)

        manifest_count = d.pop("manifest_count", UNSET)

        repository_v2 = cls(
            registry_name=registry_name,
            name=name,
            latest_manifest=latest_manifest,
            tag_count=tag_count,
            manifest_count=manifest_count,
        )

        repository_v2.additional_properties = d
        return repository_v2

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
