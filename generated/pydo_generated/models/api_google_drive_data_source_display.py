from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiGoogleDriveDataSourceDisplay")


@_attrs_define
class ApiGoogleDriveDataSourceDisplay:
    """Google Drive Data Source for Display

    Attributes:
        folder_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        folder_name (str | Unset): Name of the selected folder if available Example: example name.
    """

    folder_id: str | Unset = UNSET
    folder_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder_id = self.folder_id

        folder_name = self.folder_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if folder_name is not UNSET:
            field_dict["folder_name"] = folder_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        folder_id = d.pop("folder_id", UNSET)

        folder_name = d.pop("folder_name", UNSET)

        api_google_drive_data_source_display = cls(
            folder_id=folder_id,
            folder_name=folder_name,
        )

        api_google_drive_data_source_display.additional_properties = d
        return api_google_drive_data_source_display

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
