from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repository_blob import RepositoryBlob


T = TypeVar("T", bound="RepositoryManifest")


@_attrs_define
class RepositoryManifest:
    """
    Attributes:
        registry_name (str | Unset): The name of the container registry. Example: example.
        repository (str | Unset): The name of the repository. Example: repo-1.
        digest (str | Unset): The manifest digest Example:
            sha256:cb8a924afdf0229ef7515d9e5b3024e23b3eb03ddbba287f4a19c6ac90b8d221.
        compressed_size_bytes (int | Unset): The compressed size of the manifest in bytes. Example: 2803255.
        size_bytes (int | Unset): The uncompressed size of the manifest in bytes (this size is calculated asynchronously
            so it may not be immediately available). Example: 5861888.
        updated_at (datetime.datetime | Unset): The time the manifest was last updated. Example: 2020-04-09T23:54:25Z.
        tags (list[str] | Unset): All tags associated with this manifest Example: ['latest', 'v1', 'v2'].
        blobs (list[RepositoryBlob] | Unset): All blobs associated with this manifest
    """

    registry_name: str | Unset = UNSET
    repository: str | Unset = UNSET
    digest: str | Unset = UNSET
    compressed_size_bytes: int | Unset = UNSET
    size_bytes: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tags: list[str] | Unset = UNSET
    blobs: list[RepositoryBlob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry_name = self.registry_name

        repository = self.repository

        digest = self.digest

        compressed_size_bytes = self.compressed_size_bytes

        size_bytes = self.size_bytes

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        blobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blobs, Unset):
            blobs = []
            for blobs_item_data in self.blobs:
                blobs_item = blobs_item_data.to_dict()
                blobs.append(blobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registry_name is not UNSET:
            field_dict["registry_name"] = registry_name
        if repository is not UNSET:
            field_dict["repository"] = repository
        if digest is not UNSET:
            field_dict["digest"] = digest
        if compressed_size_bytes is not UNSET:
            field_dict["compressed_size_bytes"] = compressed_size_bytes
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if blobs is not UNSET:
            field_dict["blobs"] = blobs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.repository_blob import RepositoryBlob

        d = dict(src_dict)
        registry_name = d.pop("registry_name", UNSET)

        repository = d.pop("repository", UNSET)

        digest = d.pop("digest", UNSET)

        compressed_size_bytes = d.pop("compressed_size_bytes", UNSET)

        size_bytes = d.pop("size_bytes", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        tags = cast(list[str], d.pop("tags", UNSET))

        _blobs = d.pop("blobs", UNSET)
        blobs: list[RepositoryBlob] | Unset = UNSET
        if _blobs is not UNSET:
            blobs = []
            for blobs_item_data in _blobs:
                blobs_item = RepositoryBlob.from_dict(blobs_item_data)

                blobs.append(blobs_item)

        repository_manifest = cls(
            registry_name=registry_name,
            repository=repository,
            digest=digest,
            compressed_size_bytes=compressed_size_bytes,
            size_bytes=size_bytes,
            updated_at=updated_at,
            tags=tags,
            blobs=blobs,
        )

        repository_manifest.additional_properties = d
        return repository_manifest

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
