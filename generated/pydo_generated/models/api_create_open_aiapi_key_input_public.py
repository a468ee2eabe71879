from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCreateOpenAIAPIKeyInputPublic")


@_attrs_define
class ApiCreateOpenAIAPIKeyInputPublic:
    """CreateOpenAIAPIKeyInputPublic is used to create a new OpenAI API key for a specific agent.

    Attributes:
        api_key (str | Unset): OpenAI API key Example: "sk-proj--123456789098765432123456789".
        name (str | Unset): Name of the key Example: "Production Key".
    """

    api_key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key = d.pop("api_key", UNSET)

        name = d.pop("name", UNSET)

        api_create_open_aiapi_key_input_public = cls(
            api_key=api_key,
            name=name,
        )

        api_create_open_aiapi_key_input_public.additional_properties = d
        return api_create_open_aiapi_key_input_public

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
