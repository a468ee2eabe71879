from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_usage_speed import MessagesUsageSpeed
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesUsage")


@_attrs_define
class MessagesUsage:
    """Token usage for a non-streaming `POST /v1/messages` response.

    Attributes:
        input_tokens (int): Number of input tokens billed for this request. Example: 42.
        output_tokens (int): Number of output tokens generated. Example: 128.
        cache_creation_input_tokens (int | Unset): Input tokens used to create a prompt cache entry, if applicable.
            Example: 0.
        cache_read_input_tokens (int | Unset): Input tokens read from a prompt cache, if applicable. Example: 0.
        speed (MessagesUsageSpeed | Unset): Inference speed tier reflected in billing or routing. Example: standard.
    """

    input_tokens: int
    output_tokens: int
    cache_creation_input_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    speed: MessagesUsageSpeed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        speed: str | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        _speed = d.pop("speed", UNSET)
        speed: MessagesUsageSpeed | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = MessagesUsageSpeed(_speed)

        messages_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            speed=speed,
        )

        messages_usage.additional_properties = d
        return messages_usage

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
