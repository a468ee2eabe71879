from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stream_event_usage_speed import MessagesStreamEventUsageSpeed
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesStreamEventUsage")


@_attrs_define
class MessagesStreamEventUsage:
    """Streamed usage (for example on `message_delta`).

    Attributes:
        output_tokens (int | Unset):  Example: 64.
        speed (MessagesStreamEventUsageSpeed | Unset):  Example: fast.
    """

    output_tokens: int | Unset = UNSET
    speed: MessagesStreamEventUsageSpeed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_tokens = self.output_tokens

        speed: str | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        output_tokens = d.pop("output_tokens", UNSET)

        _speed = d.pop("speed", UNSET)
        speed: MessagesStreamEventUsageSpeed | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = MessagesStreamEventUsageSpeed(_speed)

        messages_stream_event_usage = cls(
            output_tokens=output_tokens,
            speed=speed,
        )

        messages_stream_event_usage.additional_properties = d
        return messages_stream_event_usage

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
