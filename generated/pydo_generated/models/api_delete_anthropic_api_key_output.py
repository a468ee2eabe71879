from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_anthropic_api_key_info import ApiAnthropicAPIKeyInfo


T = TypeVar("T", bound="ApiDeleteAnthropicAPIKeyOutput")


@_attrs_define
class ApiDeleteAnthropicAPIKeyOutput:
    """DeleteAnthropicAPIKeyOutput is used to return the deleted Anthropic API key.

    Attributes:
        api_key_info (ApiAnthropicAPIKeyInfo | Unset): Anthropic API Key Info
    """

    api_key_info: ApiAnthropicAPIKeyInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key_info, Unset):
            api_key_info = self.api_key_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_info is not UNSET:
            field_dict["api_key_info"] = api_key_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_anthropic_api_key_info import ApiAnthropicAPIKeyInfo

        d = dict(src_dict)
        _api_key_info = d.pop("api_key_info", UNSET)
        api_key_info: ApiAnthropicAPIKeyInfo | Unset
        if isinstance(_api_key_info, Unset):
            api_key_info = UNSET
        else:
            api_key_info = ApiAnthropicAPIKeyInfo.from_dict(_api_key_info)

        api_delete_anthropic_api_key_output = cls(
            api_key_info=api_key_info,
        )

        api_delete_anthropic_api_key_output.additional_properties = d
        return api_delete_anthropic_api_key_output

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
