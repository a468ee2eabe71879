from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateAnthropicAPIKeyInputPublic")


@_attrs_define
class ApiUpdateAnthropicAPIKeyInputPublic:
    """UpdateAnthropicAPIKeyInputPublic is used to update an existing Anthropic API key for a specific agent.

    Attributes:
        api_key (str | Unset): Anthropic API key Example: "sk-ant-12345678901234567890123456789012".
        api_key_uuid (str | Unset): API key ID Example: "12345678-1234-1234-1234-123456789012".
        name (str | Unset): Name of the key Example: "Production Key".
    """

    api_key: str | Unset = UNSET
    api_key_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_key_uuid = self.api_key_uuid

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_key_uuid is not UNSET:
            field_dict["api_key_uuid"] = api_key_uuid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key = d.pop("api_key", UNSET)

        api_key_uuid = d.pop("api_key_uuid", UNSET)

        name = d.pop("name", UNSET)

        api_update_anthropic_api_key_input_public = cls(
            api_key=api_key,
            api_key_uuid=api_key_uuid,
            name=name,
        )

        api_update_anthropic_api_key_input_public.additional_properties = d
        return api_update_anthropic_api_key_input_public

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
