from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateModelAPIKeyInputPublic")


@_attrs_define
class ApiUpdateModelAPIKeyInputPublic:
    """
    Attributes:
        api_key_uuid (str | Unset): API key ID Example: "12345678-1234-1234-1234-123456789012".
        name (str | Unset): Name Example: "Production Key".
    """

    api_key_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_uuid = self.api_key_uuid

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_uuid is not UNSET:
            field_dict["api_key_uuid"] = api_key_uuid
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key_uuid = d.pop("api_key_uuid", UNSET)

        name = d.pop("name", UNSET)

        api_update_model_api_key_input_public = cls(
            api_key_uuid=api_key_uuid,
            name=name,
        )

        api_update_model_api_key_input_public.additional_properties = d
        return api_update_model_api_key_input_public

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
