from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_tool_use_block_param_type import MessagesToolUseBlockParamType

if TYPE_CHECKING:
    from ..models.messages_tool_use_block_param_input import (
        MessagesToolUseBlockParamInput,
    )


T = TypeVar("T", bound="MessagesToolUseBlockParam")


@_attrs_define
class MessagesToolUseBlockParam:
    """Tool invocation block in a request message (from the model or a prior turn).

    Attributes:
        type_ (MessagesToolUseBlockParamType):  Example: tool_use.
        id (str):  Example: toolu_01ABCdefGhIjKlMnOpQrStUv.
        name (str):  Example: get_weather.
        input_ (MessagesToolUseBlockParamInput): JSON object matching the tool's `input_schema`.
    """

    type_: MessagesToolUseBlockParamType
    id: str
    name: str
    input_: MessagesToolUseBlockParamInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        name = self.name

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_tool_use_block_param_input import (
            MessagesToolUseBlockParamInput,
        )

        d = dict(src_dict)
        type_ = MessagesToolUseBlockParamType(d.pop("type"))

        id = d.pop("id")

        name = d.pop("name")

        input_ = MessagesToolUseBlockParamInput.from_dict(d.pop("input"))

        messages_tool_use_block_param = cls(
            type_=type_,
            id=id,
            name=name,
            input_=input_,
        )

        messages_tool_use_block_param.additional_properties = d
        return messages_tool_use_block_param

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
