from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_stream_response_object import (
    CreateResponseStreamResponseObject,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_response_stream_response_choices_item import (
        CreateResponseStreamResponseChoicesItem,
    )
    from ..models.response_usage import ResponseUsage


T = TypeVar("T", bound="CreateResponseStreamResponse")


@_attrs_define
class CreateResponseStreamResponse:
    """Represents a streamed chunk of a text-to-text response returned by the model, based on the provided input.

    Attributes:
        id (str): A unique identifier for the response. Each chunk has the same ID. Example: response-abc123def456.
        object_ (CreateResponseStreamResponseObject): The object type, which is always `response.chunk`. Example:
            response.chunk.
        created (int): The Unix timestamp (in seconds) of when the response was created. Each chunk has the same
            timestamp.
             Example: 1721596428.
        model (str): The model used to generate the response. Example: llama3-8b-instruct.
        choices (list[CreateResponseStreamResponseChoicesItem]): A list of response choice chunks. Can contain more than
            one element if `n` is greater than 1. Can also be empty for the last chunk if you set `stream_options:
            {"include_usage": true}`.
        usage (None | ResponseUsage | Unset): An optional field that will only be present when you set `stream_options:
            {"include_usage": true}` in your request. When present, it contains a null value except for the last chunk which
            contains the token usage statistics for the entire request.
    """

    id: str
    object_: CreateResponseStreamResponseObject
    created: int
    model: str
    choices: list[CreateResponseStreamResponseChoicesItem]
    usage: None | ResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_usage import ResponseUsage

        id = self.id

        object_ = self.object_.value

        created = self.created

        model = self.model

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_response_stream_response_choices_item import (
            CreateResponseStreamResponseChoicesItem,
        )
        from ..models.response_usage import ResponseUsage

        d = dict(src_dict)
        id = d.pop("id")

        object_ = CreateResponseStreamResponseObject(d.pop("object"))

        created = d.pop("created")

        model = d.pop("model")

        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CreateResponseStreamResponseChoicesItem.from_dict(
                choices_item_data
            )

            choices.append(choices_item)

        def _parse_usage(data: object) -> None | ResponseUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = ResponseUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        create_response_stream_response = cls(
            id=id,
            object_=object_,
            created=created,
            model=model,
            choices=choices,
            usage=usage,
        )

        create_response_stream_response.additional_properties = d
        return create_response_stream_response

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
