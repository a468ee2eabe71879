from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_response_text_block_type import MessagesResponseTextBlockType

T = TypeVar("T", bound="MessagesResponseTextBlock")


@_attrs_define
class MessagesResponseTextBlock:
    """A text block in an assistant message in the response.

    Attributes:
        type_ (MessagesResponseTextBlockType):  Example: text.
        text (str): Generated text for this block. Example: Hi! How can I help?.
    """

    type_: MessagesResponseTextBlockType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MessagesResponseTextBlockType(d.pop("type"))

        text = d.pop("text")

        messages_response_text_block = cls(
            type_=type_,
            text=text,
        )

        messages_response_text_block.additional_properties = d
        return messages_response_text_block

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
