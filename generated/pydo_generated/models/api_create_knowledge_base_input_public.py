from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_open_search_plan_size import ApiOpenSearchPlanSize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_kb_data_source import ApiKBDataSource
    from ..models.api_reranking_configuration import ApiRerankingConfiguration


T = TypeVar("T", bound="ApiCreateKnowledgeBaseInputPublic")


@_attrs_define
class ApiCreateKnowledgeBaseInputPublic:
    """Data to create a new knowledge base.

    Attributes:
        database_id (str | Unset): Identifier of the DigitalOcean OpenSearch database this knowledge base will use,
            optional.
            If not provided, we create a new database for the knowledge base in
            the same region as the knowledge base. Example: "12345678-1234-1234-1234-123456789012".
        datasources (list[ApiKBDataSource] | Unset): Optional data sources to attach at creation. Omit or use an empty
            list to create the knowledge base without sources, then add sources (with chunking strategy and sizes) using
            [Add a Data Source to a Knowledge Base](#operation/create_knowledge_base_data_source). When provided, see
            [Organize Data Sources](https://docs.digitalocean.com/products/gradient-ai-platform/how-to/create-manage-agent-
            knowledge-bases/#add-data-sources) for best practices.
        embedding_model_uuid (str | Unset): Identifier for the [embedding
            model](https://docs.digitalocean.com/products/genai-platform/details/models/#embedding-models). Example:
            "12345678-1234-1234-1234-123456789012".
        name (str | Unset): Name of the knowledge base. Example: "My Knowledge Base".
        project_id (str | Unset): Identifier of the DigitalOcean project this knowledge base will belong to. Example:
            "12345678-1234-1234-1234-123456789012".
        region (str | Unset): The datacenter region to deploy the knowledge base in. Example: "tor1".
        reranking_config (ApiRerankingConfiguration | Unset): Configuration for cross-encoder reranking during
            retrieval.
        size (ApiOpenSearchPlanSize | Unset):  Example: OPEN_SEARCH_PLAN_SIZE_UNSPECIFIED.
        tags (list[str] | Unset): Tags to organize your knowledge base. Example: ['example string'].
        vpc_uuid (str | Unset): The VPC to deploy the knowledge base database in Example:
            "12345678-1234-1234-1234-123456789012".
    """

    database_id: str | Unset = UNSET
    datasources: list[ApiKBDataSource] | Unset = UNSET
    embedding_model_uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    region: str | Unset = UNSET
    reranking_config: ApiRerankingConfiguration | Unset = UNSET
    size: ApiOpenSearchPlanSize | Unset = UNSET
    tags: list[str] | Unset = UNSET
    vpc_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_id = self.database_id

        datasources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasources, Unset):
            datasources = []
            for datasources_item_data in self.datasources:
                datasources_item = datasources_item_data.to_dict()
                datasources.append(datasources_item)

        embedding_model_uuid = self.embedding_model_uuid

        name = self.name

        project_id = self.project_id

        region = self.region

        reranking_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reranking_config, Unset):
            reranking_config = self.reranking_config.to_dict()

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        vpc_uuid = self.vpc_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database_id is not UNSET:
            field_dict["database_id"] = database_id
        if datasources is not UNSET:
            field_dict["datasources"] = datasources
        if embedding_model_uuid is not UNSET:
            field_dict["embedding_model_uuid"] = embedding_model_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if region is not UNSET:
            field_dict["region"] = region
        if reranking_config is not UNSET:
            field_dict["reranking_config"] = reranking_config
        if size is not UNSET:
            field_dict["size"] = size
        if tags is not UNSET:
            field_dict["tags"] = tags
        if vpc_uuid is not UNSET:
            field_dict["vpc_uuid"] = vpc_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_kb_data_source import ApiKBDataSource
        from ..models.api_reranking_configuration import ApiRerankingConfiguration

        d = dict(src_dict)
        database_id = d.pop("database_id", UNSET)

        _datasources = d.pop("datasources", UNSET)
        datasources: list[ApiKBDataSource] | Unset = UNSET
        if _datasources is not UNSET:
            datasources = []
            for datasources_item_data in _datasources:
                datasources_item = ApiKBDataSource.from_dict(datasources_item_data)

                datasources.append(datasources_item)

        embedding_model_uuid = d.pop("embedding_model_uuid", UNSET)

        name = d.pop("name", UNSET)

        project_id = d.pop("project_id", UNSET)

        region = d.pop("region", UNSET)

        _reranking_config = d.pop("reranking_config", UNSET)
        reranking_config: ApiRerankingConfiguration | Unset
        if isinstance(_reranking_config, Unset):
            reranking_config = UNSET
        else:
            reranking_config = ApiRerankingConfiguration.from_dict(_reranking_config)

        _size = d.pop("size", UNSET)
        size: ApiOpenSearchPlanSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = ApiOpenSearchPlanSize(_size)

        tags = cast(list[str], d.pop("tags", UNSET))

        vpc_uuid = d.pop("vpc_uuid", UNSET)

        api_create_knowledge_base_input_public = cls(
            database_id=database_id,
            datasources=datasources,
            embedding_model_uuid=embedding_model_uuid,
            name=name,
            project_id=project_id,
            region=region,
            reranking_config=reranking_config,
            size=size,
            tags=tags,
            vpc_uuid=vpc_uuid,
        )

        api_create_knowledge_base_input_public.additional_properties = d
        return api_create_knowledge_base_input_public

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
