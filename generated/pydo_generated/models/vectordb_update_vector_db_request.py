from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vectordb_vector_db_config import VectordbVectorDBConfig


T = TypeVar("T", bound="VectordbUpdateVectorDBRequest")


@_attrs_define
class VectordbUpdateVectorDBRequest:
    """
    Attributes:
        config (VectordbVectorDBConfig | Unset): VectorDBConfig holds optional, advanced cluster settings.
        id (str | Unset): ID of the vector database. Example: example string.
        project_id (str | Unset): Optional. New project UUID to assign the database to. Example:
            123e4567-e89b-12d3-a456-426614174000.
    """

    config: VectordbVectorDBConfig | Unset = UNSET
    id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        id = self.id

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if id is not UNSET:
            field_dict["id"] = id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vectordb_vector_db_config import VectordbVectorDBConfig

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: VectordbVectorDBConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = VectordbVectorDBConfig.from_dict(_config)

        id = d.pop("id", UNSET)

        project_id = d.pop("project_id", UNSET)

        vectordb_update_vector_db_request = cls(
            config=config,
            id=id,
            project_id=project_id,
        )

        vectordb_update_vector_db_request.additional_properties = d
        return vectordb_update_vector_db_request

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
