from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_tool_result_block_param_type import (
    MessagesToolResultBlockParamType,
)

if TYPE_CHECKING:
    from ..models.messages_tool_result_block_param_content_type_1_item import (
        MessagesToolResultBlockParamContentType1Item,
    )


T = TypeVar("T", bound="MessagesToolResultBlockParam")


@_attrs_define
class MessagesToolResultBlockParam:
    """Result for a prior `tool_use` block, returned to the model.

    Attributes:
        type_ (MessagesToolResultBlockParamType):  Example: tool_result.
        tool_use_id (str):  Example: toolu_01ABCdefGhIjKlMnOpQrStUv.
        content (list[MessagesToolResultBlockParamContentType1Item] | str): Tool output as plain text or structured
            objects. Example: 72°F and sunny.
    """

    type_: MessagesToolResultBlockParamType
    tool_use_id: str
    content: list[MessagesToolResultBlockParamContentType1Item] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        tool_use_id = self.tool_use_id

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_tool_result_block_param_content_type_1_item import (
            MessagesToolResultBlockParamContentType1Item,
        )

        d = dict(src_dict)
        type_ = MessagesToolResultBlockParamType(d.pop("type"))

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> list[MessagesToolResultBlockParamContentType1Item] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = (
                        MessagesToolResultBlockParamContentType1Item.from_dict(
                            content_type_1_item_data
                        )
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessagesToolResultBlockParamContentType1Item] | str, data)

        content = _parse_content(d.pop("content"))

        messages_tool_result_block_param = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
        )

        messages_tool_result_block_param.additional_properties = d
        return messages_tool_result_block_param

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
