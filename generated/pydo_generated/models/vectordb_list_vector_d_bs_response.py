from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vectordb_vector_db import VectordbVectorDB


T = TypeVar("T", bound="VectordbListVectorDBsResponse")


@_attrs_define
class VectordbListVectorDBsResponse:
    """
    Attributes:
        total (int | Unset):  Example: 123.
        vector_dbs (list[VectordbVectorDB] | Unset):
    """

    total: int | Unset = UNSET
    vector_dbs: list[VectordbVectorDB] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        vector_dbs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vector_dbs, Unset):
            vector_dbs = []
            for vector_dbs_item_data in self.vector_dbs:
                vector_dbs_item = vector_dbs_item_data.to_dict()
                vector_dbs.append(vector_dbs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if vector_dbs is not UNSET:
            field_dict["vector_dbs"] = vector_dbs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vectordb_vector_db import VectordbVectorDB

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        _vector_dbs = d.pop("vector_dbs", UNSET)
        vector_dbs: list[VectordbVectorDB] | Unset = UNSET
        if _vector_dbs is not UNSET:
            vector_dbs = []
            for vector_dbs_item_data in _vector_dbs:
                vector_dbs_item = VectordbVectorDB.from_dict(vector_dbs_item_data)

                vector_dbs.append(vector_dbs_item)

        vectordb_list_vector_d_bs_response = cls(
            total=total,
            vector_dbs=vector_dbs,
        )

        vectordb_list_vector_d_bs_response.additional_properties = d
        return vectordb_list_vector_d_bs_response

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
