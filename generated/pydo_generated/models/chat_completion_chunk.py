from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_chunk_object import ChatCompletionChunkObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_choices_item import (
        ChatCompletionChunkChoicesItem,
    )
    from ..models.completion_usage import CompletionUsage


T = TypeVar("T", bound="ChatCompletionChunk")


@_attrs_define
class ChatCompletionChunk:
    """Represents a streamed chunk of a chat completion response returned by the model, based on the provided input.

    Attributes:
        id (str): A unique identifier for the chat completion. Each chunk has the same ID. Example: chatcmpl-abc123.
        choices (list[ChatCompletionChunkChoicesItem]): A list of chat completion choices. Can contain more than one
            element if n is greater than 1. Can also be empty for the last chunk if you set stream_options include_usage to
            true.
        created (int): The Unix timestamp (in seconds) of when the chat completion was created. Each chunk has the same
            timestamp. Example: 1677649420.
        model (str): The model to generate the completion. Example: llama3-8b-instruct.
        object_ (ChatCompletionChunkObject): The object type, which is always chat.completion.chunk. Example:
            chat.completion.chunk.
        usage (CompletionUsage | None | Unset): An optional field that will only be present when you set stream_options
            include_usage to true in your request. When present, it contains a null value except for the last chunk which
            contains the token usage statistics for the entire request.
    """

    id: str
    choices: list[ChatCompletionChunkChoicesItem]
    created: int
    model: str
    object_: ChatCompletionChunkObject
    usage: CompletionUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_usage import CompletionUsage

        id = self.id

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        model = self.model

        object_ = self.object_.value

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "choices": choices,
                "created": created,
                "model": model,
                "object": object_,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_chunk_choices_item import (
            ChatCompletionChunkChoicesItem,
        )
        from ..models.completion_usage import CompletionUsage

        d = dict(src_dict)
        id = d.pop("id")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionChunkChoicesItem.from_dict(choices_item_data)

            choices.append(choices_item)

        created = d.pop("created")

        model = d.pop("model")

        object_ = ChatCompletionChunkObject(d.pop("object"))

        def _parse_usage(data: object) -> CompletionUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = CompletionUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        chat_completion_chunk = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            object_=object_,
            usage=usage,
        )

        chat_completion_chunk.additional_properties = d
        return chat_completion_chunk

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
