from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_tool_definition_param_input_schema import (
        MessagesToolDefinitionParamInputSchema,
    )


T = TypeVar("T", bound="MessagesToolDefinitionParam")


@_attrs_define
class MessagesToolDefinitionParam:
    """Tool definition the model may call (`name`, JSON Schema for `input`).

    Attributes:
        name (str): Tool name referenced in `tool_use` blocks. Example: get_weather.
        input_schema (MessagesToolDefinitionParamInputSchema): JSON Schema (draft 2020-12 style) describing the tool
            input object.
        description (str | Unset): Human-readable description of what the tool does. Example: Get the current weather
            for a location..
    """

    name: str
    input_schema: MessagesToolDefinitionParamInputSchema
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_tool_definition_param_input_schema import (
            MessagesToolDefinitionParamInputSchema,
        )

        d = dict(src_dict)
        name = d.pop("name")

        input_schema = MessagesToolDefinitionParamInputSchema.from_dict(
            d.pop("input_schema")
        )

        description = d.pop("description", UNSET)

        messages_tool_definition_param = cls(
            name=name,
            input_schema=input_schema,
            description=description,
        )

        messages_tool_definition_param.additional_properties = d
        return messages_tool_definition_param

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
