from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_create_response_role import MessagesCreateResponseRole
from ..models.messages_create_response_stop_reason import (
    MessagesCreateResponseStopReason,
)
from ..models.messages_create_response_type import MessagesCreateResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_response_text_block import MessagesResponseTextBlock
    from ..models.messages_response_tool_use_block import MessagesResponseToolUseBlock
    from ..models.messages_usage import MessagesUsage


T = TypeVar("T", bound="MessagesCreateResponse")


@_attrs_define
class MessagesCreateResponse:
    """Non-streaming assistant message from `POST /v1/messages`. `type` is always `message` and `role` is always
    `assistant`.

        Attributes:
            id (str): Unique identifier for this message object. Example: msg_01AbCdEfGhIjKlMnOpQrStUv.
            type_ (MessagesCreateResponseType): Object type discriminator. Example: message.
            role (MessagesCreateResponseRole): Always `assistant` for this response. Example: assistant.
            content (list[MessagesResponseTextBlock | MessagesResponseToolUseBlock]): Assistant output blocks (`text` and/or
                `tool_use`).
            model (str): Model that produced the message. Example: claude-opus-4-6.
            stop_reason (MessagesCreateResponseStopReason): Why generation stopped.
            usage (MessagesUsage): Token usage for a non-streaming `POST /v1/messages` response.
            stop_sequence (None | str | Unset): When `stop_reason` is `stop_sequence`, the sequence that matched.
    """

    id: str
    type_: MessagesCreateResponseType
    role: MessagesCreateResponseRole
    content: list[MessagesResponseTextBlock | MessagesResponseToolUseBlock]
    model: str
    stop_reason: MessagesCreateResponseStopReason
    usage: MessagesUsage
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_response_text_block import MessagesResponseTextBlock

        id = self.id

        type_ = self.type_.value

        role = self.role.value

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, MessagesResponseTextBlock):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        model = self.model

        stop_reason = self.stop_reason.value

        usage = self.usage.to_dict()

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "role": role,
                "content": content,
                "model": model,
                "stop_reason": stop_reason,
                "usage": usage,
            }
        )
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_response_text_block import MessagesResponseTextBlock
        from ..models.messages_response_tool_use_block import (
            MessagesResponseToolUseBlock,
        )
        from ..models.messages_usage import MessagesUsage

        d = dict(src_dict)
        id = d.pop("id")

        type_ = MessagesCreateResponseType(d.pop("type"))

        role = MessagesCreateResponseRole(d.pop("role"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> MessagesResponseTextBlock | MessagesResponseToolUseBlock:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemasmessages_response_content_block_type_0 = (
                        MessagesResponseTextBlock.from_dict(data)
                    )

                    return componentsschemasmessages_response_content_block_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasmessages_response_content_block_type_1 = (
                    MessagesResponseToolUseBlock.from_dict(data)
                )

                return componentsschemasmessages_response_content_block_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        model = d.pop("model")

        stop_reason = MessagesCreateResponseStopReason(d.pop("stop_reason"))

        usage = MessagesUsage.from_dict(d.pop("usage"))

        def _parse_stop_sequence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_sequence = _parse_stop_sequence(d.pop("stop_sequence", UNSET))

        messages_create_response = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            model=model,
            stop_reason=stop_reason,
            usage=usage,
            stop_sequence=stop_sequence,
        )

        messages_create_response.additional_properties = d
        return messages_create_response

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
