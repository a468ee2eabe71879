from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_response_output_item_type import (
    CreateResponseResponseOutputItemType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_response_response_output_item_content_item import (
        CreateResponseResponseOutputItemContentItem,
    )


T = TypeVar("T", bound="CreateResponseResponseOutputItem")


@_attrs_define
class CreateResponseResponseOutputItem:
    """
    Attributes:
        type_ (CreateResponseResponseOutputItemType): The type of output item. One of `reasoning`, `message`, or
            `function_call`.
             Example: message.
        content (list[CreateResponseResponseOutputItemContentItem]): Array of content parts for this output item. Each
            part has a type and text. Content types include `reasoning_text` for reasoning items and `output_text` for final
            output.
        id (str | Unset): The unique ID of the output item. Example: item_abc123.
        status (None | str | Unset): Status of the item. Example: completed.
        role (None | str | Unset): The role associated with this output item (typically `assistant`). Example:
            assistant.
        call_id (None | str | Unset): The unique ID of the function tool call (present when type is `function_call`).
            Example: call_abc123.
        name (None | str | Unset): The name of the function to call (present when type is `function_call`). Example:
            get_weather.
        arguments (None | str | Unset): JSON string of function arguments (present when type is `function_call`).
            Example: {"location": "San Francisco"}.
    """

    type_: CreateResponseResponseOutputItemType
    content: list[CreateResponseResponseOutputItemContentItem]
    id: str | Unset = UNSET
    status: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    arguments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if role is not UNSET:
            field_dict["role"] = role
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_response_response_output_item_content_item import (
            CreateResponseResponseOutputItemContentItem,
        )

        d = dict(src_dict)
        type_ = CreateResponseResponseOutputItemType(d.pop("type"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = CreateResponseResponseOutputItemContentItem.from_dict(
                content_item_data
            )

            content.append(content_item)

        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_arguments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        create_response_response_output_item = cls(
            type_=type_,
            content=content,
            id=id,
            status=status,
            role=role,
            call_id=call_id,
            name=name,
            arguments=arguments,
        )

        create_response_response_output_item.additional_properties = d
        return create_response_response_output_item

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
