from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_knowledge_base_data_source import ApiKnowledgeBaseDataSource


T = TypeVar("T", bound="ApiCreateKnowledgeBaseDataSourceOutput")


@_attrs_define
class ApiCreateKnowledgeBaseDataSourceOutput:
    """Information about a newly created knowldege base data source

    Attributes:
        knowledge_base_data_source (ApiKnowledgeBaseDataSource | Unset): Data Source configuration for Knowledge Bases
    """

    knowledge_base_data_source: ApiKnowledgeBaseDataSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base_data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_base_data_source, Unset):
            knowledge_base_data_source = self.knowledge_base_data_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if knowledge_base_data_source is not UNSET:
            field_dict["knowledge_base_data_source"] = knowledge_base_data_source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_knowledge_base_data_source import ApiKnowledgeBaseDataSource

        d = dict(src_dict)
        _knowledge_base_data_source = d.pop("knowledge_base_data_source", UNSET)
        knowledge_base_data_source: ApiKnowledgeBaseDataSource | Unset
        if isinstance(_knowledge_base_data_source, Unset):
            knowledge_base_data_source = UNSET
        else:
            knowledge_base_data_source = ApiKnowledgeBaseDataSource.from_dict(
                _knowledge_base_data_source
            )

        api_create_knowledge_base_data_source_output = cls(
            knowledge_base_data_source=knowledge_base_data_source,
        )

        api_create_knowledge_base_data_source_output.additional_properties = d
        return api_create_knowledge_base_data_source_output

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
