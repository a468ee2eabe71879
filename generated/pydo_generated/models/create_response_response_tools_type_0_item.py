from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_response_response_tools_type_0_item_type import (
    CreateResponseResponseToolsType0ItemType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_response_response_tools_type_0_item_parameters import (
        CreateResponseResponseToolsType0ItemParameters,
    )


T = TypeVar("T", bound="CreateResponseResponseToolsType0Item")


@_attrs_define
class CreateResponseResponseToolsType0Item:
    """
    Attributes:
        type_ (CreateResponseResponseToolsType0ItemType): The type of the tool. Example: function.
        name (str | Unset): The name of the function. Example: get_weather.
        description (str | Unset): A description of what the function does. Example: Get the current weather in a given
            location..
        parameters (CreateResponseResponseToolsType0ItemParameters | Unset): The parameters the function accepts.
    """

    type_: CreateResponseResponseToolsType0ItemType
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parameters: CreateResponseResponseToolsType0ItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_response_response_tools_type_0_item_parameters import (
            CreateResponseResponseToolsType0ItemParameters,
        )

        d = dict(src_dict)
        type_ = CreateResponseResponseToolsType0ItemType(d.pop("type"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: CreateResponseResponseToolsType0ItemParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = CreateResponseResponseToolsType0ItemParameters.from_dict(
                _parameters
            )

        create_response_response_tools_type_0_item = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
        )

        create_response_response_tools_type_0_item.additional_properties = d
        return create_response_response_tools_type_0_item

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
