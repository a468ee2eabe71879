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
    from ..models.api_spaces_data_source import ApiSpacesDataSource
    from ..models.api_web_crawler_data_source import ApiWebCrawlerDataSource


T = TypeVar("T", bound="ApiCreateKnowledgeBaseDataSourceInputPublic")


@_attrs_define
class ApiCreateKnowledgeBaseDataSourceInputPublic:
    """Data to create a knowledge base data source

    Attributes:
        aws_data_source (ApiAWSDataSource | Unset): AWS S3 Data Source
        chunking_algorithm (ApiChunkingAlgorithm | Unset):  Example: CHUNKING_ALGORITHM_UNKNOWN.
        chunking_options (ApiChunkingOptions | Unset):
        knowledge_base_uuid (str | Unset): Knowledge base id Example: "12345678-1234-1234-1234-123456789012".
        spaces_data_source (ApiSpacesDataSource | Unset): Spaces Bucket Data Source
        web_crawler_data_source (ApiWebCrawlerDataSource | Unset): WebCrawlerDataSource
    """

    aws_data_source: ApiAWSDataSource | Unset = UNSET
    chunking_algorithm: ApiChunkingAlgorithm | Unset = UNSET
    chunking_options: ApiChunkingOptions | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    spaces_data_source: ApiSpacesDataSource | Unset = UNSET
    web_crawler_data_source: ApiWebCrawlerDataSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_data_source, Unset):
            aws_data_source = self.aws_data_source.to_dict()

        chunking_algorithm: str | Unset = UNSET
        if not isinstance(self.chunking_algorithm, Unset):
            chunking_algorithm = self.chunking_algorithm.value

        chunking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunking_options, Unset):
            chunking_options = self.chunking_options.to_dict()

        knowledge_base_uuid = self.knowledge_base_uuid

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
        if chunking_algorithm is not UNSET:
            field_dict["chunking_algorithm"] = chunking_algorithm
        if chunking_options is not UNSET:
            field_dict["chunking_options"] = chunking_options
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid
        if spaces_data_source is not UNSET:
            field_dict["spaces_data_source"] = spaces_data_source
        if web_crawler_data_source is not UNSET:
            field_dict["web_crawler_data_source"] = web_crawler_data_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_aws_data_source import ApiAWSDataSource
        from ..models.api_chunking_options import ApiChunkingOptions
        from ..models.api_spaces_data_source import ApiSpacesDataSource
        from ..models.api_web_crawler_data_source import ApiWebCrawlerDataSource

        d = dict(src_dict)
        _aws_data_source = d.pop("aws_data_source", UNSET)
        aws_data_source: ApiAWSDataSource | Unset
        if isinstance(_aws_data_source, Unset):
            aws_data_source = UNSET
        else:
            aws_data_source = ApiAWSDataSource.from_dict(_aws_data_source)

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

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

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

        api_create_knowledge_base_data_source_input_public = cls(
            aws_data_source=aws_data_source,
            chunking_algorithm=chunking_algorithm,
            chunking_options=chunking_options,
            knowledge_base_uuid=knowledge_base_uuid,
            spaces_data_source=spaces_data_source,
            web_crawler_data_source=web_crawler_data_source,
        )

        api_create_knowledge_base_data_source_input_public.additional_properties = d
        return api_create_knowledge_base_data_source_input_public

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
