from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiGoogleDriveDataSource")


@_attrs_define
class ApiGoogleDriveDataSource:
    """Google Drive Data Source

    Attributes:
        folder_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        refresh_token (str | Unset): Refresh token. you can obrain a refresh token by following the oauth2 flow. see
            /v2/gen-ai/oauth2/google/tokens for reference. Example: example string.
    """

    folder_id: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder_id = self.folder_id

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        folder_id = d.pop("folder_id", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        api_google_drive_data_source = cls(
            folder_id=folder_id,
            refresh_token=refresh_token,
        )

        api_google_drive_data_source.additional_properties = d
        return api_google_drive_data_source

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
