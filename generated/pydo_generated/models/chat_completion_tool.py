from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_type import ChatCompletionToolType

if TYPE_CHECKING:
    from ..models.function_object import FunctionObject


T = TypeVar("T", bound="ChatCompletionTool")


@_attrs_define
class ChatCompletionTool:
    """
    Attributes:
        type_ (ChatCompletionToolType): The type of the tool. Currently, only function is supported. Example: function.
        function (FunctionObject):
    """

    type_: ChatCompletionToolType
    function: FunctionObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.function_object import FunctionObject

        d = dict(src_dict)
        type_ = ChatCompletionToolType(d.pop("type"))

        function = FunctionObject.from_dict(d.pop("function"))

        chat_completion_tool = cls(
            type_=type_,
            function=function,
        )

        chat_completion_tool.additional_properties = d
        return chat_completion_tool

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
