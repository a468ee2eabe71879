from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_indexing_job import ApiIndexingJob
    from ..models.api_reranking_configuration import ApiRerankingConfiguration


T = TypeVar("T", bound="ApiKnowledgeBase")


@_attrs_define
class ApiKnowledgeBase:
    """Knowledgebase Description

    Attributes:
        added_to_agent_at (datetime.datetime | Unset): Time when the knowledge base was added to the agent Example:
            2023-01-01T00:00:00Z.
        created_at (datetime.datetime | Unset): Creation date / time Example: 2023-01-01T00:00:00Z.
        database_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        embedding_model_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        is_public (bool | Unset): Whether the knowledge base is public or not Example: True.
        last_indexing_job (ApiIndexingJob | Unset): IndexingJob description
        name (str | Unset): Name of knowledge base Example: example name.
        project_id (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        region (str | Unset): Region code Example: example string.
        reranking_config (ApiRerankingConfiguration | Unset): Configuration for cross-encoder reranking during
            retrieval.
        tags (list[str] | Unset): Tags to organize related resources Example: ['example string'].
        updated_at (datetime.datetime | Unset): Last modified Example: 2023-01-01T00:00:00Z.
        user_id (str | Unset): Id of user that created the knowledge base Example: 12345.
        uuid (str | Unset): Unique id for knowledge base Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    added_to_agent_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    database_id: str | Unset = UNSET
    embedding_model_uuid: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    last_indexing_job: ApiIndexingJob | Unset = UNSET
    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    region: str | Unset = UNSET
    reranking_config: ApiRerankingConfiguration | Unset = UNSET
    tags: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_to_agent_at: str | Unset = UNSET
        if not isinstance(self.added_to_agent_at, Unset):
            added_to_agent_at = self.added_to_agent_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        database_id = self.database_id

        embedding_model_uuid = self.embedding_model_uuid

        is_public = self.is_public

        last_indexing_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_indexing_job, Unset):
            last_indexing_job = self.last_indexing_job.to_dict()

        name = self.name

        project_id = self.project_id

        region = self.region

        reranking_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reranking_config, Unset):
            reranking_config = self.reranking_config.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_to_agent_at is not UNSET:
            field_dict["added_to_agent_at"] = added_to_agent_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if database_id is not UNSET:
            field_dict["database_id"] = database_id
        if embedding_model_uuid is not UNSET:
            field_dict["embedding_model_uuid"] = embedding_model_uuid
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if last_indexing_job is not UNSET:
            field_dict["last_indexing_job"] = last_indexing_job
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if region is not UNSET:
            field_dict["region"] = region
        if reranking_config is not UNSET:
            field_dict["reranking_config"] = reranking_config
        if tags is not UNSET:
            field_dict["tags"] = tags
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_indexing_job import ApiIndexingJob
        from ..models.api_reranking_configuration import ApiRerankingConfiguration

        d = dict(src_dict)
        _added_to_agent_at = d.pop("added_to_agent_at", UNSET)
        added_to_agent_at: datetime.datetime | Unset
        if isinstance(_added_to_agent_at, Unset):
            added_to_agent_at = UNSET
        else:
            added_to_agent_at = datetime.datetime.fromisoformat(_added_to_agent_at)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        database_id = d.pop("database_id", UNSET)

        embedding_model_uuid = d.pop("embedding_model_uuid", UNSET)

        is_public = d.pop("is_public", UNSET)

        _last_indexing_job = d.pop("last_indexing_job", UNSET)
        last_indexing_job: ApiIndexingJob | Unset
        if isinstance(_last_indexing_job, Unset):
            last_indexing_job = UNSET
        else:
            last_indexing_job = ApiIndexingJob.from_dict(_last_indexing_job)

        name = d.pop("name", UNSET)

        project_id = d.pop("project_id", UNSET)

        region = d.pop("region", UNSET)

        _reranking_config = d.pop("reranking_config", UNSET)
        reranking_config: ApiRerankingConfiguration | Unset
        if isinstance(_reranking_config, Unset):
            reranking_config = UNSET
        else:
            reranking_config = ApiRerankingConfiguration.from_dict(_reranking_config)

        tags = cast(list[str], d.pop("tags", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        user_id = d.pop("user_id", UNSET)

        uuid = d.pop("uuid", UNSET)

        api_knowledge_base = cls(
            added_to_agent_at=added_to_agent_at,
            created_at=created_at,
            database_id=database_id,
            embedding_model_uuid=embedding_model_uuid,
            is_public=is_public,
            last_indexing_job=last_indexing_job,
            name=name,
            project_id=project_id,
            region=region,
            reranking_config=reranking_config,
            tags=tags,
            updated_at=updated_at,
            user_id=user_id,
            uuid=uuid,
        )

        api_knowledge_base.additional_properties = d
        return api_knowledge_base

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
