from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeleteKnowledgeBaseDataSourceOutput")


@_attrs_define
class ApiDeleteKnowledgeBaseDataSourceOutput:
    """Information about a newly deleted knowledge base data source

    Attributes:
        data_source_uuid (str | Unset): Data source id Example: 123e4567-e89b-12d3-a456-426614174000.
        knowledge_base_uuid (str | Unset): Knowledge base id Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    data_source_uuid: str | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_source_uuid = self.data_source_uuid

        knowledge_base_uuid = self.knowledge_base_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_source_uuid is not UNSET:
            field_dict["data_source_uuid"] = data_source_uuid
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data_source_uuid = d.pop("data_source_uuid", UNSET)

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        api_delete_knowledge_base_data_source_output = cls(
            data_source_uuid=data_source_uuid,
            knowledge_base_uuid=knowledge_base_uuid,
        )

        api_delete_knowledge_base_data_source_output.additional_properties = d
        return api_delete_knowledge_base_data_source_output

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
