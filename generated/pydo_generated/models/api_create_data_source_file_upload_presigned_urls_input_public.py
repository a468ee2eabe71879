from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_presigned_url_file import ApiPresignedUrlFile


T = TypeVar("T", bound="ApiCreateDataSourceFileUploadPresignedUrlsInputPublic")


@_attrs_define
class ApiCreateDataSourceFileUploadPresignedUrlsInputPublic:
    """Request for pre-signed URL's to upload files for KB Data Sources

    Attributes:
        files (list[ApiPresignedUrlFile] | Unset): A list of files to generate presigned URLs for.
    """

    files: list[ApiPresignedUrlFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_presigned_url_file import ApiPresignedUrlFile

        d = dict(src_dict)
        _files = d.pop("files", UNSET)
        files: list[ApiPresignedUrlFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ApiPresignedUrlFile.from_dict(files_item_data)

                files.append(files_item)

        api_create_data_source_file_upload_presigned_urls_input_public = cls(
            files=files,
        )

        api_create_data_source_file_upload_presigned_urls_input_public.additional_properties = d
        return api_create_data_source_file_upload_presigned_urls_input_public

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
