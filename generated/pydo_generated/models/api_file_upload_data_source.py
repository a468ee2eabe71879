from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiFileUploadDataSource")


@_attrs_define
class ApiFileUploadDataSource:
    """File to upload as data source for knowledge base.

    Attributes:
        original_file_name (str | Unset): The original file name Example: example name.
        size_in_bytes (str | Unset): The size of the file in bytes Example: 12345.
        stored_object_key (str | Unset): The object key the file was stored as Example: example string.
    """

    original_file_name: str | Unset = UNSET
    size_in_bytes: str | Unset = UNSET
    stored_object_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_file_name = self.original_file_name

        size_in_bytes = self.size_in_bytes

        stored_object_key = self.stored_object_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_file_name is not UNSET:
            field_dict["original_file_name"] = original_file_name
        if size_in_bytes is not UNSET:
            field_dict["size_in_bytes"] = size_in_bytes
        if stored_object_key is not UNSET:
            field_dict["stored_object_key"] = stored_object_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_file_name = d.pop("original_file_name", UNSET)

        size_in_bytes = d.pop("size_in_bytes", UNSET)

        stored_object_key = d.pop("stored_object_key", UNSET)

        api_file_upload_data_source = cls(
            original_file_name=original_file_name,
            size_in_bytes=size_in_bytes,
            stored_object_key=stored_object_key,
        )

        api_file_upload_data_source.additional_properties = d
        return api_file_upload_data_source

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
