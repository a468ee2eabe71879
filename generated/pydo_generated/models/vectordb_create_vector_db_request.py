from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectordbCreateVectorDBRequest")


@_attrs_define
class VectordbCreateVectorDBRequest:
    """
    Attributes:
        name (str | Unset): Required. Human-readable name for the database. Example: example name.
        project_id (str | Unset): Required. ID of the project to create the vector database in. Example:
            123e4567-e89b-12d3-a456-426614174000.
        region (str | Unset): Required. Region slug where the database will be provisioned. Example: tor1.
        size (str | Unset): Required. Resource tier: small, medium, or large. Example: example string.
        tags (list[str] | Unset): A set of arbitrary tags to organize your vector database Example: ['example string'].
    """

    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    region: str | Unset = UNSET
    size: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        region = self.region

        size = self.size

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        project_id = d.pop("project_id", UNSET)

        region = d.pop("region", UNSET)

        size = d.pop("size", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        vectordb_create_vector_db_request = cls(
            name=name,
            project_id=project_id,
            region=region,
            size=size,
            tags=tags,
        )

        vectordb_create_vector_db_request.additional_properties = d
        return vectordb_create_vector_db_request

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
