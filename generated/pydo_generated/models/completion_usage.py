from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.completion_usage_cache_creation import CompletionUsageCacheCreation


T = TypeVar("T", bound="CompletionUsage")


@_attrs_define
class CompletionUsage:
    """Usage statistics for the completion request.

    Attributes:
        completion_tokens (int): Number of tokens in the generated completion. Default: 0. Example: 20.
        prompt_tokens (int): Number of tokens in the prompt. Default: 0. Example: 10.
        cache_created_input_tokens (int): Number of prompt tokens written to cache. Default: 0. Example: 0.
        cache_creation (CompletionUsageCacheCreation): Breakdown of prompt tokens written to cache.
        cache_read_input_tokens (int): Number of prompt tokens read from cache. Default: 0. Example: 0.
        total_tokens (int): Total number of tokens used in the request (prompt + completion). Default: 0. Example: 30.
    """

    cache_creation: CompletionUsageCacheCreation
    completion_tokens: int = 0
    prompt_tokens: int = 0
    cache_created_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    total_tokens: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        cache_created_input_tokens = self.cache_created_input_tokens

        cache_creation = self.cache_creation.to_dict()

        cache_read_input_tokens = self.cache_read_input_tokens

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "prompt_tokens": prompt_tokens,
                "cache_created_input_tokens": cache_created_input_tokens,
                "cache_creation": cache_creation,
                "cache_read_input_tokens": cache_read_input_tokens,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.completion_usage_cache_creation import (
            CompletionUsageCacheCreation,
        )

        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens")

        prompt_tokens = d.pop("prompt_tokens")

        cache_created_input_tokens = d.pop("cache_created_input_tokens")

        cache_creation = CompletionUsageCacheCreation.from_dict(d.pop("cache_creation"))

        cache_read_input_tokens = d.pop("cache_read_input_tokens")

        total_tokens = d.pop("total_tokens")

        completion_usage = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            cache_created_input_tokens=cache_created_input_tokens,
            cache_creation=cache_creation,
            cache_read_input_tokens=cache_read_input_tokens,
            total_tokens=total_tokens,
        )

        completion_usage.additional_properties = d
        return completion_usage

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
