from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiChunkingOptions")


@_attrs_define
class ApiChunkingOptions:
    """
    Attributes:
        child_chunk_size (int | Unset):  Example: 350.
        max_chunk_size (int | Unset): Common options Example: 750.
        parent_chunk_size (int | Unset): Hierarchical options Example: 1000.
        semantic_threshold (float | Unset): Semantic options Example: 0.5.
    """

    child_chunk_size: int | Unset = UNSET
    max_chunk_size: int | Unset = UNSET
    parent_chunk_size: int | Unset = UNSET
    semantic_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_chunk_size = self.child_chunk_size

        max_chunk_size = self.max_chunk_size

        parent_chunk_size = self.parent_chunk_size

        semantic_threshold = self.semantic_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_chunk_size is not UNSET:
            field_dict["child_chunk_size"] = child_chunk_size
        if max_chunk_size is not UNSET:
            field_dict["max_chunk_size"] = max_chunk_size
        if parent_chunk_size is not UNSET:
            field_dict["parent_chunk_size"] = parent_chunk_size
        if semantic_threshold is not UNSET:
            field_dict["semantic_threshold"] = semantic_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        child_chunk_size = d.pop("child_chunk_size", UNSET)

        max_chunk_size = d.pop("max_chunk_size", UNSET)

        parent_chunk_size = d.pop("parent_chunk_size", UNSET)

        semantic_threshold = d.pop("semantic_threshold", UNSET)

        api_chunking_options = cls(
            child_chunk_size=child_chunk_size,
            max_chunk_size=max_chunk_size,
            parent_chunk_size=parent_chunk_size,
            semantic_threshold=semantic_threshold,
        )

        api_chunking_options.additional_properties = d
        return api_chunking_options

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
