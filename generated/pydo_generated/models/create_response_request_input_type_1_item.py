from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_request_input_type_1_item_role import (
    CreateResponseRequestInputType1ItemRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateResponseRequestInputType1Item")


@_attrs_define
class CreateResponseRequestInputType1Item:
    """
    Attributes:
        content (str): The content of the message. Example: What is the capital of France?.
        role (CreateResponseRequestInputType1ItemRole | Unset): The role of the message author. Example: user.
    """

    content: str
    role: CreateResponseRequestInputType1ItemRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        _role = d.pop("role", UNSET)
        role: CreateResponseRequestInputType1ItemRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = CreateResponseRequestInputType1ItemRole(_role)

        create_response_request_input_type_1_item = cls(
            content=content,
            role=role,
        )

        create_response_request_input_type_1_item.additional_properties = d
        return create_response_request_input_type_1_item

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
