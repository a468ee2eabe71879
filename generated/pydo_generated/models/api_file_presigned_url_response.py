from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiFilePresignedUrlResponse")


@_attrs_define
class ApiFilePresignedUrlResponse:
    """Detailed info about each presigned URL returned to the client.

    Attributes:
        expires_at (datetime.datetime | Unset): The time the url expires at. Example: 2023-01-01T00:00:00Z.
        object_key (str | Unset): The unique object key to store the file as. Example: example string.
        original_file_name (str | Unset): The original file name. Example: example name.
        presigned_url (str | Unset): The actual presigned URL the client can use to upload the file directly. Example:
            example string.
    """

    expires_at: datetime.datetime | Unset = UNSET
    object_key: str | Unset = UNSET
    original_file_name: str | Unset = UNSET
    presigned_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        object_key = self.object_key

        original_file_name = self.original_file_name

        presigned_url = self.presigned_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if object_key is not UNSET:
            field_dict["object_key"] = object_key
        if original_file_name is not UNSET:
            field_dict["original_file_name"] = original_file_name
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        object_key = d.pop("object_key", UNSET)

        original_file_name = d.pop("original_file_name", UNSET)

        presigned_url = d.pop("presigned_url", UNSET)

        api_file_presigned_url_response = cls(
            expires_at=expires_at,
            object_key=object_key,
            original_file_name=original_file_name,
            presigned_url=presigned_url,
        )

        api_file_presigned_url_response.additional_properties = d
        return api_file_presigned_url_response

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
