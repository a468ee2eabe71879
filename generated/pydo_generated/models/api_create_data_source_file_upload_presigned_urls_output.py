from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_file_presigned_url_response import ApiFilePresignedUrlResponse


T = TypeVar("T", bound="ApiCreateDataSourceFileUploadPresignedUrlsOutput")


@_attrs_define
class ApiCreateDataSourceFileUploadPresignedUrlsOutput:
    """Response with pre-signed urls to upload files.

    Attributes:
        request_id (str | Unset): The ID generated for the request for Presigned URLs. Example:
            123e4567-e89b-12d3-a456-426614174000.
        uploads (list[ApiFilePresignedUrlResponse] | Unset): A list of generated presigned URLs and object keys, one per
            file.
    """

    request_id: str | Unset = UNSET
    uploads: list[ApiFilePresignedUrlResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = []
            for uploads_item_data in self.uploads:
                uploads_item = uploads_item_data.to_dict()
                uploads.append(uploads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if uploads is not UNSET:
            field_dict["uploads"] = uploads

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_file_presigned_url_response import ApiFilePresignedUrlResponse

        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        _uploads = d.pop("uploads", UNSET)
        uploads: list[ApiFilePresignedUrlResponse] | Unset = UNSET
        if _uploads is not UNSET:
            uploads = []
            for uploads_item_data in _uploads:
                uploads_item = ApiFilePresignedUrlResponse.from_dict(uploads_item_data)

                uploads.append(uploads_item)

        api_create_data_source_file_upload_presigned_urls_output = cls(
            request_id=request_id,
            uploads=uploads,
        )

        api_create_data_source_file_upload_presigned_urls_output.additional_properties = d
        return api_create_data_source_file_upload_presigned_urls_output

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
