from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectordbVectorDBEndpoints")


@_attrs_define
class VectordbVectorDBEndpoints:
    """VectorDBEndpoints contains the connection endpoints for a vector database instance.

    Attributes:
        grpc (str | Unset): Endpoint for gRPC connections (e.g. "my-db-
            tor1-a1b2c3d4-grpc.weaviate.ondigitalocean.com:443"). Example: my-db-
            tor1-a1b2c3d4-grpc.weaviate.ondigitalocean.com:443.
        http (str | Unset): Endpoint for HTTPS connections (e.g. "https://my-db-
            tor1-a1b2c3d4.weaviate.ondigitalocean.com"). Example: https://my-db-tor1-a1b2c3d4.weaviate.ondigitalocean.com.
    """

    grpc: str | Unset = UNSET
    http: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grpc = self.grpc

        http = self.http

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grpc is not UNSET:
            field_dict["grpc"] = grpc
        if http is not UNSET:
            field_dict["http"] = http

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        grpc = d.pop("grpc", UNSET)

        http = d.pop("http", UNSET)

        vectordb_vector_db_endpoints = cls(
            grpc=grpc,
            http=http,
        )

        vectordb_vector_db_endpoints.additional_properties = d
        return vectordb_vector_db_endpoints

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
