from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stream_event_type import MessagesStreamEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_stream_event_content_block import (
        MessagesStreamEventContentBlock,
    )
    from ..models.messages_stream_event_delta import MessagesStreamEventDelta
    from ..models.messages_stream_event_message import MessagesStreamEventMessage
    from ..models.messages_stream_event_usage import MessagesStreamEventUsage


T = TypeVar("T", bound="MessagesStreamEvent")


@_attrs_define
class MessagesStreamEvent:
    """One server-sent event (SSE) JSON payload when `stream` is true. Each event line contains a JSON object after the
    `data:` prefix.

        Attributes:
            type_ (MessagesStreamEventType): SSE event type.
            message (MessagesStreamEventMessage | Unset): Present on `message_start`; initial message metadata.
            index (int | Unset): Index of the content block this event refers to.
            content_block (MessagesStreamEventContentBlock | Unset): Present on `content_block_start`.
            delta (MessagesStreamEventDelta | Unset): Present on `content_block_delta` and `message_delta`.
            usage (MessagesStreamEventUsage | Unset): Streamed usage (for example on `message_delta`).
    """

    type_: MessagesStreamEventType
    message: MessagesStreamEventMessage | Unset = UNSET
    index: int | Unset = UNSET
    content_block: MessagesStreamEventContentBlock | Unset = UNSET
    delta: MessagesStreamEventDelta | Unset = UNSET
    usage: MessagesStreamEventUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        index = self.index

        content_block: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_block, Unset):
            content_block = self.content_block.to_dict()

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if index is not UNSET:
            field_dict["index"] = index
        if content_block is not UNSET:
            field_dict["content_block"] = content_block
        if delta is not UNSET:
            field_dict["delta"] = delta
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_stream_event_content_block import (
            MessagesStreamEventContentBlock,
        )
        from ..models.messages_stream_event_delta import MessagesStreamEventDelta
        from ..models.messages_stream_event_message import MessagesStreamEventMessage
        from ..models.messages_stream_event_usage import MessagesStreamEventUsage

        d = dict(src_dict)
        type_ = MessagesStreamEventType(d.pop("type"))

        _message = d.pop("message", UNSET)
        message: MessagesStreamEventMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = MessagesStreamEventMessage.from_dict(_message)

        index = d.pop("index", UNSET)

        _content_block = d.pop("content_block", UNSET)
        content_block: MessagesStreamEventContentBlock | Unset
        if isinstance(_content_block, Unset):
            content_block = UNSET
        else:
            content_block = MessagesStreamEventContentBlock.from_dict(_content_block)

        _delta = d.pop("delta", UNSET)
        delta: MessagesStreamEventDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = MessagesStreamEventDelta.from_dict(_delta)

        _usage = d.pop("usage", UNSET)
        usage: MessagesStreamEventUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = MessagesStreamEventUsage.from_dict(_usage)

        messages_stream_event = cls(
            type_=type_,
            message=message,
            index=index,
            content_block=content_block,
            delta=delta,
            usage=usage,
        )

        messages_stream_event.additional_properties = d
        return messages_stream_event

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
