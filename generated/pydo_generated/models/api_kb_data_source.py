from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_chunking_algorithm import ApiChunkingAlgorithm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_aws_data_source import ApiAWSDataSource
    from ..models.api_chunking_options import ApiChunkingOptions
    from ..models.api_dropbox_data_source import ApiDropboxDataSource
    from ..models.api_file_upload_data_source import ApiFileUploadDataSource
    from ..models.api_google_drive_data_source import ApiGoogleDriveDataSource
    from ..models.api_spaces_data_source import ApiSpacesDataSource
    from ..models.api_web_crawler_data_source import ApiWebCrawlerDataSource


T = TypeVar("T", bound="ApiKBDataSource")


@_attrs_define
class ApiKBDataSource:
    """
    Attributes:
        aws_data_source (ApiAWSDataSource | Unset): AWS S3 Data Source
        bucket_name (str | Unset): Deprecated, moved to data_source_details Example: example name.
        bucket_region (str | Unset): Deprecated, moved to data_source_details Example: example string.
        chunking_algorithm (ApiChunkingAlgorithm | Unset):  Example: CHUNKING_ALGORITHM_UNKNOWN.
        chunking_options (ApiChunkingOptions | Unset):
        dropbox_data_source (ApiDropboxDataSource | Unset): Dropbox Data Source
        file_upload_data_source (ApiFileUploadDataSource | Unset): File to upload as data source for knowledge base.
        google_drive_data_source (ApiGoogleDriveDataSource | Unset): Google Drive Data Source
        item_path (str | Unset):  Example: example string.
        spaces_data_source (ApiSpacesDataSource | Unset): Spaces Bucket Data Source
        web_crawler_data_source (ApiWebCrawlerDataSource | Unset): WebCrawlerDataSource
    """

    aws_data_source: ApiAWSDataSource | Unset = UNSET
    bucket_name: str | Unset = UNSET
    bucket_region: str | Unset = UNSET
    chunking_algorithm: ApiChunkingAlgorithm | Unset = UNSET
    chunking_options: ApiChunkingOptions | Unset = UNSET
    dropbox_data_source: ApiDropboxDataSource | Unset = UNSET
    file_upload_data_source: ApiFileUploadDataSource | Unset = UNSET
    google_drive_data_source: ApiGoogleDriveDataSource | Unset = UNSET
    item_path: str | Unset = UNSET
    spaces_data_source: ApiSpacesDataSource | Unset = UNSET
    web_crawler_data_source: ApiWebCrawlerDataSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_data_source, Unset):
            aws_data_source = self.aws_data_source.to_dict()

        bucket_name = self.bucket_name

        bucket_region = self.bucket_region

        chunking_algorithm: str | Unset = UNSET
        if not isinstance(self.chunking_algorithm, Unset):
            chunking_algorithm = self.chunking_algorithm.value

        chunking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunking_options, Unset):
            chunking_options = self.chunking_options.to_dict()

        dropbox_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dropbox_data_source, Unset):
            dropbox_data_source = self.dropbox_data_source.to_dict()

        file_upload_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_upload_data_source, Unset):
            file_upload_data_source = self.file_upload_data_source.to_dict()

        google_drive_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_drive_data_source, Unset):
            google_drive_data_source = self.google_drive_data_source.to_dict()

        item_path = self.item_path

        spaces_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spaces_data_source, Unset):
            spaces_data_source = self.spaces_data_source.to_dict()

        web_crawler_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_crawler_data_source, Unset):
            web_crawler_data_source = self.web_crawler_data_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws_data_source is not UNSET:
            field_dict["aws_data_source"] = aws_data_source
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if bucket_region is not UNSET:
            field_dict["bucket_region"] = bucket_region
        if chunking_algorithm is not UNSET:
            field_dict["chunking_algorithm"] = chunking_algorithm
        if chunking_options is not UNSET:
            field_dict["chunking_options"] = chunking_options
        if dropbox_data_source is not UNSET:
            field_dict["dropbox_data_source"] = dropbox_data_source
        if file_upload_data_source is not UNSET:
            field_dict["file_upload_data_source"] = file_upload_data_source
        if google_drive_data_source is not UNSET:
            field_dict["google_drive_data_source"] = google_drive_data_source
        if item_path is not UNSET:
            field_dict["item_path"] = item_path
        if spaces_data_source is not UNSET:
            field_dict["spaces_data_source"] = spaces_data_source
        if web_crawler_data_source is not UNSET:
            field_dict["web_crawler_data_source"] = web_crawler_data_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_aws_data_source import ApiAWSDataSource
        from ..models.api_chunking_options import ApiChunkingOptions
        from ..models.api_dropbox_data_source import ApiDropboxDataSource
        from ..models.api_file_upload_data_source import ApiFileUploadDataSource
        from ..models.api_google_drive_data_source import ApiGoogleDriveDataSource
        from ..models.api_spaces_data_source import ApiSpacesDataSource
        from ..models.api_web_crawler_data_source import ApiWebCrawlerDataSource

        d = dict(src_dict)
        _aws_data_source = d.pop("aws_data_source", UNSET)
        aws_data_source: ApiAWSDataSource | Unset
        if isinstance(_aws_data_source, Unset):
            aws_data_source = UNSET
        else:
            aws_data_source = ApiAWSDataSource.from_dict(_aws_data_source)

        bucket_name = d.pop("bucket_name", UNSET)

        bucket_region = d.pop("bucket_region", UNSET)

        _chunking_algorithm = d.pop("chunking_algorithm", UNSET)
        chunking_algorithm: ApiChunkingAlgorithm | Unset
        if isinstance(_chunking_algorithm, Unset):
            chunking_algorithm = UNSET
        else:
            chunking_algorithm = ApiChunkingAlgorithm(_chunking_algorithm)

        _chunking_options = d.pop("chunking_options", UNSET)
        chunking_options: ApiChunkingOptions | Unset
        if isinstance(_chunking_options, Unset):
            chunking_options = UNSET
        else:
            chunking_options = ApiChunkingOptions.from_dict(_chunking_options)

        _dropbox_data_source = d.pop("dropbox_data_source", UNSET)
        dropbox_data_source: ApiDropboxDataSource | Unset
        if isinstance(_dropbox_data_source, Unset):
            dropbox_data_source = UNSET
        else:
            dropbox_data_source = ApiDropboxDataSource.from_dict(_dropbox_data_source)

        _file_upload_data_source = d.pop("file_upload_data_source", UNSET)
        file_upload_data_source: ApiFileUploadDataSource | Unset
        if isinstance(_file_upload_data_source, Unset):
            file_upload_data_source = UNSET
        else:
            file_upload_data_source = ApiFileUploadDataSource.from_dict(
                _file_upload_data_source
            )

        _google_drive_data_source = d.pop("google_drive_data_source", UNSET)
        google_drive_data_source: ApiGoogleDriveDataSource | Unset
        if isinstance(_google_drive_data_source, Unset):
            google_drive_data_source = UNSET
        else:
            google_drive_data_source = ApiGoogleDriveDataSource.from_dict(
                _google_drive_data_source
            )

        item_path = d.pop("item_path", UNSET)

        _spaces_data_source = d.pop("spaces_data_source", UNSET)
        spaces_data_source: ApiSpacesDataSource | Unset
        if isinstance(_spaces_data_source, Unset):
            spaces_data_source = UNSET
        else:
            spaces_data_source = ApiSpacesDataSource.from_dict(_spaces_data_source)

        _web_crawler_data_source = d.pop("web_crawler_data_source", UNSET)
        web_crawler_data_source: ApiWebCrawlerDataSource | Unset
        if isinstance(_web_crawler_data_source, Unset):
            web_crawler_data_source = UNSET
        else:
            web_crawler_data_source = ApiWebCrawlerDataSource.from_dict(
                _web_crawler_data_source
            )

        api_kb_data_source = cls(
            aws_data_source=aws_data_source,
            bucket_name=bucket_name,
            bucket_region=bucket_region,
            chunking_algorithm=chunking_algorithm,
            chunking_options=chunking_options,
            dropbox_data_source=dropbox_data_source,
            file_upload_data_source=file_upload_data_source,
            google_drive_data_source=google_drive_data_source,
            item_path=item_path,
            spaces_data_source=spaces_data_source,
            web_crawler_data_source=web_crawler_data_source,
        )

        api_kb_data_source.additional_properties = d
        return api_kb_data_source

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
