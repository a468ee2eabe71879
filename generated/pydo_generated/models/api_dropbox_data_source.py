from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDropboxDataSource")


@_attrs_define
class ApiDropboxDataSource:
    """Dropbox Data Source

    Attributes:
        folder (str | Unset):  Example: example string.
        refresh_token (str | Unset): Refresh token. you can obrain a refresh token by following the oauth2 flow. see
            /v2/gen-ai/oauth2/dropbox/tokens for reference. Example: example string.
    """

    folder: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder is not UNSET:
            field_dict["folder"] = folder
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        folder = d.pop("folder", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        api_dropbox_data_source = cls(
            folder=folder,
            refresh_token=refresh_token,
        )

        api_dropbox_data_source.additional_properties = d
        return api_dropbox_data_source

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
