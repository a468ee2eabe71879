from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RepositoryBlob")


@_attrs_define
class RepositoryBlob:
    """
    Attributes:
        digest (str | Unset): The digest of the blob Example:
            sha256:cb8a924afdf0229ef7515d9e5b3024e23b3eb03ddbba287f4a19c6ac90b8d221.
        compressed_size_bytes (int | Unset): The compressed size of the blob in bytes. Example: 2803255.
    """

    digest: str | Unset = UNSET
    compressed_size_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digest = self.digest

        compressed_size_bytes = self.compressed_size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if digest is not UNSET:
            field_dict["digest"] = digest
        if compressed_size_bytes is not UNSET:
            field_dict["compressed_size_bytes"] = compressed_size_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        digest = d.pop("digest", UNSET)

        compressed_size_bytes = d.pop("compressed_size_bytes", UNSET)

        repository_blob = cls(
            digest=digest,
            compressed_size_bytes=compressed_size_bytes,
        )

        repository_blob.additional_properties = d
        return repository_blob

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
