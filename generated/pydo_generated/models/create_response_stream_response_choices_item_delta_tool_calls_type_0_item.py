from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_stream_response_choices_item_delta_tool_calls_type_0_item_type import (
    CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType,
)

if TYPE_CHECKING:
    from ..models.create_response_stream_response_choices_item_delta_tool_calls_type_0_item_function import (
        CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction,
    )


T = TypeVar("T", bound="CreateResponseStreamResponseChoicesItemDeltaToolCallsType0Item")


@_attrs_define
class CreateResponseStreamResponseChoicesItemDeltaToolCallsType0Item:
    """
    Attributes:
        id (str): The ID of the tool call. Example: call_abc123.
        type_ (CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType): The type of the tool call. Example:
            function.
        function (CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction):
    """

    id: str
    type_: CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType
    function: CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_response_stream_response_choices_item_delta_tool_calls_type_0_item_function import (
            CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction,
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemType(
            d.pop("type")
        )

        function = CreateResponseStreamResponseChoicesItemDeltaToolCallsType0ItemFunction.from_dict(
            d.pop("function")
        )

        create_response_stream_response_choices_item_delta_tool_calls_type_0_item = cls(
            id=id,
            type_=type_,
            function=function,
        )

        create_response_stream_response_choices_item_delta_tool_calls_type_0_item.additional_properties = d
        return create_response_stream_response_choices_item_delta_tool_calls_type_0_item

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
