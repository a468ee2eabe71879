from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_call_chunk_type import (
    ChatCompletionToolCallChunkType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_tool_call_chunk_function import (
        ChatCompletionToolCallChunkFunction,
    )


T = TypeVar("T", bound="ChatCompletionToolCallChunk")


@_attrs_define
class ChatCompletionToolCallChunk:
    """
    Attributes:
        index (int | Unset):  Example: 0.
        id (str | Unset): The ID of the tool call. Example: call_abc123.
        type_ (ChatCompletionToolCallChunkType | Unset):  Example: function.
        function (ChatCompletionToolCallChunkFunction | Unset):
    """

    index: int | Unset = UNSET
    id: str | Unset = UNSET
    type_: ChatCompletionToolCallChunkType | Unset = UNSET
    function: ChatCompletionToolCallChunkFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_tool_call_chunk_function import (
            ChatCompletionToolCallChunkFunction,
        )

        d = dict(src_dict)
        index = d.pop("index", UNSET)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatCompletionToolCallChunkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatCompletionToolCallChunkType(_type_)

        _function = d.pop("function", UNSET)
        function: ChatCompletionToolCallChunkFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatCompletionToolCallChunkFunction.from_dict(_function)

        chat_completion_tool_call_chunk = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
        )

        chat_completion_tool_call_chunk.additional_properties = d
        return chat_completion_tool_call_chunk

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
