from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opensearch_index import OpensearchIndex


T = TypeVar("T", bound="DatabasesListOpeasearchIndexesResponse200")


@_attrs_define
class DatabasesListOpeasearchIndexesResponse200:
    """
    Attributes:
        indexes (list[OpensearchIndex] | Unset):
    """

    indexes: list[OpensearchIndex] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexes, Unset):
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indexes is not UNSET:
            field_dict["indexes"] = indexes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.opensearch_index import OpensearchIndex

        d = dict(src_dict)
        _indexes = d.pop("indexes", UNSET)
        indexes: list[OpensearchIndex] | Unset = UNSET
        if _indexes is not UNSET:
            indexes = []
            for indexes_item_data in _indexes:
                indexes_item = OpensearchIndex.from_dict(indexes_item_data)

                indexes.append(indexes_item)

        databases_list_opeasearch_indexes_response_200 = cls(
            indexes=indexes,
        )

        databases_list_opeasearch_indexes_response_200.additional_properties = d
        return databases_list_opeasearch_indexes_response_200

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
