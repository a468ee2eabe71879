from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_request_tool_choice_type_1_type import (
    CreateResponseRequestToolChoiceType1Type,
)

if TYPE_CHECKING:
    from ..models.create_response_request_tool_choice_type_1_function import (
        CreateResponseRequestToolChoiceType1Function,
    )


T = TypeVar("T", bound="CreateResponseRequestToolChoiceType1")


@_attrs_define
class CreateResponseRequestToolChoiceType1:
    """
    Attributes:
        type_ (CreateResponseRequestToolChoiceType1Type):  Example: function.
        function (CreateResponseRequestToolChoiceType1Function):
    """

    type_: CreateResponseRequestToolChoiceType1Type
    function: CreateResponseRequestToolChoiceType1Function
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
        from ..models.create_response_request_tool_choice_type_1_function import (
            CreateResponseRequestToolChoiceType1Function,
        )

        d = dict(src_dict)
        type_ = CreateResponseRequestToolChoiceType1Type(d.pop("type"))

        function = CreateResponseRequestToolChoiceType1Function.from_dict(
            d.pop("function")
        )

        create_response_request_tool_choice_type_1 = cls(
            type_=type_,
            function=function,
        )

        create_response_request_tool_choice_type_1.additional_properties = d
        return create_response_request_tool_choice_type_1

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
