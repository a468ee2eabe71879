from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiStartKnowledgeBaseIndexingJobInputPublic")


@_attrs_define
class ApiStartKnowledgeBaseIndexingJobInputPublic:
    """StartKnowledgeBaseIndexingJobInputPublic description

    Attributes:
        data_source_uuids (list[str] | Unset): List of data source ids to index, if none are provided, all data sources
            will be indexed Example: ['example string'].
        knowledge_base_uuid (str | Unset): Knowledge base id Example: "12345678-1234-1234-1234-123456789012".
    """

    data_source_uuids: list[str] | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_source_uuids: list[str] | Unset = UNSET
        if not isinstance(self.data_source_uuids, Unset):
            data_source_uuids = self.data_source_uuids

        knowledge_base_uuid = self.knowledge_base_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_source_uuids is not UNSET:
            field_dict["data_source_uuids"] = data_source_uuids
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_source_uuids = cast(list[str], d.pop("data_source_uuids", UNSET))

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        api_start_knowledge_base_indexing_job_input_public = cls(
            data_source_uuids=data_source_uuids,
            knowledge_base_uuid=knowledge_base_uuid,
        )

        api_start_knowledge_base_indexing_job_input_public.additional_properties = d
        return api_start_knowledge_base_indexing_job_input_public

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
