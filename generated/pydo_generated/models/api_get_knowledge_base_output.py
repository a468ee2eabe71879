from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbaas_cluster_status import DbaasClusterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_knowledge_base import ApiKnowledgeBase


T = TypeVar("T", bound="ApiGetKnowledgeBaseOutput")


@_attrs_define
class ApiGetKnowledgeBaseOutput:
    """The knowledge base

    Attributes:
        database_status (DbaasClusterStatus | Unset):  Example: CREATING.
        knowledge_base (ApiKnowledgeBase | Unset): Knowledgebase Description
    """

    database_status: DbaasClusterStatus | Unset = UNSET
    knowledge_base: ApiKnowledgeBase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_status: str | Unset = UNSET
        if not isinstance(self.database_status, Unset):
            database_status = self.database_status.value

        knowledge_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_base, Unset):
            knowledge_base = self.knowledge_base.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database_status is not UNSET:
            field_dict["database_status"] = database_status
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_knowledge_base import ApiKnowledgeBase

        d = dict(src_dict)
        _database_status = d.pop("database_status", UNSET)
        database_status: DbaasClusterStatus | Unset
        if isinstance(_database_status, Unset):
            database_status = UNSET
        else:
            database_status = DbaasClusterStatus(_database_status)

        _knowledge_base = d.pop("knowledge_base", UNSET)
        knowledge_base: ApiKnowledgeBase | Unset
        if isinstance(_knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = ApiKnowledgeBase.from_dict(_knowledge_base)

        api_get_knowledge_base_output = cls(
            database_status=database_status,
            knowledge_base=knowledge_base,
        )

        api_get_knowledge_base_output.additional_properties = d
        return api_get_knowledge_base_output

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
