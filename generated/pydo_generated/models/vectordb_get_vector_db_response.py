from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vectordb_vector_db import VectordbVectorDB


T = TypeVar("T", bound="VectordbGetVectorDBResponse")


@_attrs_define
class VectordbGetVectorDBResponse:
    """
    Attributes:
        vector_db (VectordbVectorDB | Unset): VectorDB represents a provisioned vector database instance.
    """

    vector_db: VectordbVectorDB | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vector_db: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vector_db, Unset):
            vector_db = self.vector_db.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vector_db is not UNSET:
            field_dict["vector_db"] = vector_db

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vectordb_vector_db import VectordbVectorDB

        d = dict(src_dict)
        _vector_db = d.pop("vector_db", UNSET)
        vector_db: VectordbVectorDB | Unset
        if isinstance(_vector_db, Unset):
            vector_db = UNSET
        else:
            vector_db = VectordbVectorDB.from_dict(_vector_db)

        vectordb_get_vector_db_response = cls(
            vector_db=vector_db,
        )

        vectordb_get_vector_db_response.additional_properties = d
        return vectordb_get_vector_db_response

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
