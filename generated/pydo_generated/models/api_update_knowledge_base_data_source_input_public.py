from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_chunking_algorithm import ApiChunkingAlgorithm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_chunking_options import ApiChunkingOptions


T = TypeVar("T", bound="ApiUpdateKnowledgeBaseDataSourceInputPublic")


@_attrs_define
class ApiUpdateKnowledgeBaseDataSourceInputPublic:
    """Update a data source of a knowledge base with change in chunking algorithm/options

    Attributes:
        chunking_algorithm (ApiChunkingAlgorithm | Unset):  Example: CHUNKING_ALGORITHM_UNKNOWN.
        chunking_options (ApiChunkingOptions | Unset):
        data_source_uuid (str | Unset): Data Source ID (Path Parameter) Example: "98765432-1234-1234-1234-123456789012".
        knowledge_base_uuid (str | Unset): Knowledge Base ID (Path Parameter) Example:
            "12345678-1234-1234-1234-123456789012".
    """

    chunking_algorithm: ApiChunkingAlgorithm | Unset = UNSET
    chunking_options: ApiChunkingOptions | Unset = UNSET
    data_source_uuid: str | Unset = UNSET
    knowledge_base_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunking_algorithm: str | Unset = UNSET
        if not isinstance(self.chunking_algorithm, Unset):
            chunking_algorithm = self.chunking_algorithm.value

        chunking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunking_options, Unset):
            chunking_options = self.chunking_options.to_dict()

        data_source_uuid = self.data_source_uuid

        knowledge_base_uuid = self.knowledge_base_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunking_algorithm is not UNSET:
            field_dict["chunking_algorithm"] = chunking_algorithm
        if chunking_options is not UNSET:
            field_dict["chunking_options"] = chunking_options
        if data_source_uuid is not UNSET:
            field_dict["data_source_uuid"] = data_source_uuid
        if knowledge_base_uuid is not UNSET:
            field_dict["knowledge_base_uuid"] = knowledge_base_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_chunking_options import ApiChunkingOptions

        d = dict(src_dict)
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

        data_source_uuid = d.pop("data_source_uuid", UNSET)

        knowledge_base_uuid = d.pop("knowledge_base_uuid", UNSET)

        api_update_knowledge_base_data_source_input_public = cls(
            chunking_algorithm=chunking_algorithm,
            chunking_options=chunking_options,
            data_source_uuid=data_source_uuid,
            knowledge_base_uuid=knowledge_base_uuid,
        )

        api_update_knowledge_base_data_source_input_public.additional_properties = d
        return api_update_knowledge_base_data_source_input_public

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
