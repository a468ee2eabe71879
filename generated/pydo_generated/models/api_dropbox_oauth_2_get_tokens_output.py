from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDropboxOauth2GetTokensOutput")


@_attrs_define
class ApiDropboxOauth2GetTokensOutput:
    """The dropbox oauth2 token and refresh token

    Attributes:
        refresh_token (str | Unset): The refresh token Example: example string.
        token (str | Unset): The access token Example: example string.
    """

    refresh_token: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_token = self.refresh_token

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        refresh_token = d.pop("refresh_token", UNSET)

        token = d.pop("token", UNSET)

        api_dropbox_oauth_2_get_tokens_output = cls(
            refresh_token=refresh_token,
            token=token,
        )

        api_dropbox_oauth_2_get_tokens_output.additional_properties = d
        return api_dropbox_oauth_2_get_tokens_output

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
