from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_knowledge_base_data_source import ApiKnowledgeBaseDataSource
    from ..models.api_links import ApiLinks
    from ..models.api_meta import ApiMeta


T = TypeVar("T", bound="ApiListKnowledgeBaseDataSourcesOutput")


@_attrs_define
class ApiListKnowledgeBaseDataSourcesOutput:
    """A list of knowledge base data sources

    Attributes:
        knowledge_base_data_sources (list[ApiKnowledgeBaseDataSource] | Unset): The data sources
        links (ApiLinks | Unset): Links to other pages
        meta (ApiMeta | Unset): Meta information about the data set
    """

    knowledge_base_data_sources: list[ApiKnowledgeBaseDataSource] | Unset = UNSET
    links: ApiLinks | Unset = UNSET
    meta: ApiMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.knowledge_base_data_sources, Unset):
            knowledge_base_data_sources = []
            for (
                knowledge_base_data_sources_item_data
            ) in self.knowledge_base_data_sources:
                knowledge_base_data_sources_item = (
                    knowledge_base_data_sources_item_data.to_dict()
                )
                knowledge_base_data_sources.append(knowledge_base_data_sources_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if knowledge_base_data_sources is not UNSET:
            field_dict["knowledge_base_data_sources"] = knowledge_base_data_sources
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_knowledge_base_data_source import ApiKnowledgeBaseDataSource
        from ..models.api_links import ApiLinks
        from ..models.api_meta import ApiMeta

        d = dict(src_dict)
        _knowledge_base_data_sources = d.pop("knowledge_base_data_sources", UNSET)
        knowledge_base_data_sources: list[ApiKnowledgeBaseDataSource] | Unset = UNSET
        if _knowledge_base_data_sources is not UNSET:
            knowledge_base_data_sources = []
            for knowledge_base_data_sources_item_data in _knowledge_base_data_sources:
                knowledge_base_data_sources_item = ApiKnowledgeBaseDataSource.from_dict(
                    knowledge_base_data_sources_item_data
                )

                knowledge_base_data_sources.append(knowledge_base_data_sources_item)

        _links = d.pop("links", UNSET)
        links: ApiLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ApiLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: ApiMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ApiMeta.from_dict(_meta)

        api_list_knowledge_base_data_sources_output = cls(
            knowledge_base_data_sources=knowledge_base_data_sources,
            links=links,
            meta=meta,
        )

        api_list_knowledge_base_data_sources_output.additional_properties = d
        return api_list_knowledge_base_data_sources_output

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
