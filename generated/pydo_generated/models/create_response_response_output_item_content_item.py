from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_response_output_item_content_item_type import (
    CreateResponseResponseOutputItemContentItemType,
)

T = TypeVar("T", bound="CreateResponseResponseOutputItemContentItem")


@_attrs_define
class CreateResponseResponseOutputItemContentItem:
    """
    Attributes:
        type_ (CreateResponseResponseOutputItemContentItemType): The type of content part. `reasoning_text` for
            reasoning content, `output_text` for final output text.
             Example: output_text.
        text (str): The text content. Example: The capital of France is **Paris**..
    """

    type_: CreateResponseResponseOutputItemContentItemType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = CreateResponseResponseOutputItemContentItemType(d.pop("type"))

        text = d.pop("text")

        create_response_response_output_item_content_item = cls(
            type_=type_,
            text=text,
        )

        create_response_response_output_item_content_item.additional_properties = d
        return create_response_response_output_item_content_item

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
