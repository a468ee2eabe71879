from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_response_object import ChatCompletionResponseObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_response_choices_item import (
        ChatCompletionResponseChoicesItem,
    )
    from ..models.completion_usage import CompletionUsage


T = TypeVar("T", bound="ChatCompletionResponse")


@_attrs_define
class ChatCompletionResponse:
    """Represents a chat completion response returned by model, based on the provided input.

    Attributes:
        id (str): A unique identifier for the chat completion. Example: chatcmpl-abc123.
        choices (list[ChatCompletionResponseChoicesItem]): A list of chat completion choices. Can be more than one if n
            is greater than 1.
        created (int): The Unix timestamp (in seconds) of when the chat completion was created. Example: 1677649420.
        model (str): The model used for the chat completion. Example: llama3-8b-instruct.
        object_ (ChatCompletionResponseObject): The object type, which is always chat.completion. Example:
            chat.completion.
        usage (CompletionUsage | Unset): Usage statistics for the completion request.
    """

    id: str
    choices: list[ChatCompletionResponseChoicesItem]
    created: int
    model: str
    object_: ChatCompletionResponseObject
    usage: CompletionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        model = self.model

        object_ = self.object_.value

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

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
        from ..models.chat_completion_response_choices_item import (
            ChatCompletionResponseChoicesItem,
        )
        from ..models.completion_usage import CompletionUsage

        d = dict(src_dict)
        id = d.pop("id")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = ChatCompletionResponseChoicesItem.from_dict(
                choices_item_data
            )

            choices.append(choices_item)

        created = d.pop("created")

        model = d.pop("model")

        object_ = ChatCompletionResponseObject(d.pop("object"))

        _usage = d.pop("usage", UNSET)
        usage: CompletionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CompletionUsage.from_dict(_usage)

        chat_completion_response = cls(
            id=id,
            choices=choices,
            created=created,
            model=model,
            object_=object_,
            usage=usage,
        )

        chat_completion_response.additional_properties = d
        return chat_completion_response

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
