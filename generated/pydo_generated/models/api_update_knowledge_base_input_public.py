from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_reranking_configuration import ApiRerankingConfiguration


T = TypeVar("T", bound="ApiUpdateKnowledgeBaseInputPublic")


@_attrs_define
class ApiUpdateKnowledgeBaseInputPublic:
    """Information about updating a knowledge base

    Attributes:
        database_id (str | Unset): The id of the DigitalOcean database this knowledge base will use, optional. Example:
            "12345678-1234-1234-1234-123456789012".
        name (str | Unset): Knowledge base name Example: "My Knowledge Base".
        project_id (str | Unset): The id of the DigitalOcean project this knowledge base will belong to Example:
            "12345678-1234-1234-1234-123456789012".
        reranking_config (ApiRerankingConfiguration | Unset): Configuration for cross-encoder reranking during
            retrieval.
        tags (list[str] | Unset): Tags to organize your knowledge base. Example: ['example string'].
        uuid (str | Unset): Knowledge base id Example: "12345678-1234-1234-1234-123456789012".
    """

    database_id: str | Unset = UNSET
    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    reranking_config: ApiRerankingConfiguration | Unset = UNSET
    tags: list[str] | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_id = self.database_id

        name = self.name

        project_id = self.project_id

        reranking_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reranking_config, Unset):
            reranking_config = self.reranking_config.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database_id is not UNSET:
            field_dict["database_id"] = database_id
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if reranking_config is not UNSET:
            field_dict["reranking_config"] = reranking_config
        if tags is not UNSET:
            field_dict["tags"] = tags
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_reranking_configuration import ApiRerankingConfiguration

        d = dict(src_dict)
        database_id = d.pop("database_id", UNSET)

        name = d.pop("name", UNSET)

        project_id = d.pop("project_id", UNSET)

        _reranking_config = d.pop("reranking_config", UNSET)
        reranking_config: ApiRerankingConfiguration | Unset
        if isinstance(_reranking_config, Unset):
            reranking_config = UNSET
        else:
            reranking_config = ApiRerankingConfiguration.from_dict(_reranking_config)

        tags = cast(list[str], d.pop("tags", UNSET))

        uuid = d.pop("uuid", UNSET)

        api_update_knowledge_base_input_public = cls(
            database_id=database_id,
            name=name,
            project_id=project_id,
            reranking_config=reranking_config,
            tags=tags,
            uuid=uuid,
        )

        api_update_knowledge_base_input_public.additional_properties = d
        return api_update_knowledge_base_input_public

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
