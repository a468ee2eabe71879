from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiPromptChunk")


@_attrs_define
class ApiPromptChunk:
    """
    Attributes:
        chunk_usage_pct (float | Unset): The usage percentage of the chunk. Example: 123.
        chunk_used (bool | Unset): Indicates if the chunk was used in the prompt. Example: True.
        index_uuid (str | Unset): The index uuid (Knowledge Base) of the chunk. Example:
            123e4567-e89b-12d3-a456-426614174000.
        source_name (str | Unset): The source name for the chunk, e.g., the file name or document title. Example:
            example name.
        text (str | Unset): Text content of the chunk. Example: example string.
    """

    chunk_usage_pct: float | Unset = UNSET
    chunk_used: bool | Unset = UNSET
    index_uuid: str | Unset = UNSET
    source_name: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunk_usage_pct = self.chunk_usage_pct

        chunk_used = self.chunk_used

        index_uuid = self.index_uuid

        source_name = self.source_name

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunk_usage_pct is not UNSET:
            field_dict["chunk_usage_pct"] = chunk_usage_pct
        if chunk_used is not UNSET:
            field_dict["chunk_used"] = chunk_used
        if index_uuid is not UNSET:
            field_dict["index_uuid"] = index_uuid
        if source_name is not UNSET:
            field_dict["source_name"] = source_name
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chunk_usage_pct = d.pop("chunk_usage_pct", UNSET)

        chunk_used = d.pop("chunk_used", UNSET)

        index_uuid = d.pop("index_uuid", UNSET)

        source_name = d.pop("source_name", UNSET)

        text = d.pop("text", UNSET)

        api_prompt_chunk = cls(
            chunk_usage_pct=chunk_usage_pct,
            chunk_used=chunk_used,
            index_uuid=index_uuid,
            source_name=source_name,
            text=text,
        )

        api_prompt_chunk.additional_properties = d
        return api_prompt_chunk

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
