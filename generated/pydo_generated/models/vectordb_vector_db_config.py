from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectordbVectorDBConfig")


@_attrs_define
class VectordbVectorDBConfig:
    """VectorDBConfig holds optional, advanced cluster settings.

    Attributes:
        default_quantization (str | Unset): Default vector compression for new collections: rq, pq, bq, or sq. Empty
            means platform default (rq). Example: example string.
        enable_auto_schema (bool | Unset):  Example: True.
        weaviate_version (str | Unset): The Vector Database version running on the cluster. Example: example string.
    """

    default_quantization: str | Unset = UNSET
    enable_auto_schema: bool | Unset = UNSET
    weaviate_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_quantization = self.default_quantization

        enable_auto_schema = self.enable_auto_schema

        weaviate_version = self.weaviate_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_quantization is not UNSET:
            field_dict["default_quantization"] = default_quantization
        if enable_auto_schema is not UNSET:
            field_dict["enable_auto_schema"] = enable_auto_schema
        if weaviate_version is not UNSET:
            field_dict["weaviate_version"] = weaviate_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        default_quantization = d.pop("default_quantization", UNSET)

        enable_auto_schema = d.pop("enable_auto_schema", UNSET)

        weaviate_version = d.pop("weaviate_version", UNSET)

        vectordb_vector_db_config = cls(
            default_quantization=default_quantization,
            enable_auto_schema=enable_auto_schema,
            weaviate_version=weaviate_version,
        )

        vectordb_vector_db_config.additional_properties = d
        return vectordb_vector_db_config

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
