from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAgentKnowledgeBaseVersion")


@_attrs_define
class ApiAgentKnowledgeBaseVersion:
    """
    Attributes:
        is_deleted (bool | Unset): Deletet at date / time Example: True.
        name (str | Unset): Name of the knowledge base Example: example name.
        uuid (str | Unset): Unique id of the knowledge base Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    is_deleted: bool | Unset = UNSET
    name: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_deleted = self.is_deleted

        name = self.name

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if name is not UNSET:
            field_dict["name"] = name
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_deleted = d.pop("is_deleted", UNSET)

        name = d.pop("name", UNSET)

        uuid = d.pop("uuid", UNSET)

        api_agent_knowledge_base_version = cls(
            is_deleted=is_deleted,
            name=name,
            uuid=uuid,
        )

        api_agent_knowledge_base_version.additional_properties = d
        return api_agent_knowledge_base_version

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
