from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_indexed_data_source import ApiIndexedDataSource


T = TypeVar("T", bound="ApiListIndexingJobDataSourcesOutput")


@_attrs_define
class ApiListIndexingJobDataSourcesOutput:
    """
    Attributes:
        indexed_data_sources (list[ApiIndexedDataSource] | Unset):
    """

    indexed_data_sources: list[ApiIndexedDataSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexed_data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexed_data_sources, Unset):
            indexed_data_sources = []
            for indexed_data_sources_item_data in self.indexed_data_sources:
                indexed_data_sources_item = indexed_data_sources_item_data.to_dict()
                indexed_data_sources.append(indexed_data_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indexed_data_sources is not UNSET:
            field_dict["indexed_data_sources"] = indexed_data_sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_indexed_data_source import ApiIndexedDataSource

        d = dict(src_dict)
        _indexed_data_sources = d.pop("indexed_data_sources", UNSET)
        indexed_data_sources: list[ApiIndexedDataSource] | Unset = UNSET
        if _indexed_data_sources is not UNSET:
            indexed_data_sources = []
            for indexed_data_sources_item_data in _indexed_data_sources:
                indexed_data_sources_item = ApiIndexedDataSource.from_dict(
                    indexed_data_sources_item_data
                )

                indexed_data_sources.append(indexed_data_sources_item)

        api_list_indexing_job_data_sources_output = cls(
            indexed_data_sources=indexed_data_sources,
        )

        api_list_indexing_job_data_sources_output.additional_properties = d
        return api_list_indexing_job_data_sources_output

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
