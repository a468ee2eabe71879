from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_knowledge_base import ApiKnowledgeBase


T = TypeVar("T", bound="ApiCreateKnowledgeBaseOutput")


@_attrs_define
class ApiCreateKnowledgeBaseOutput:
    """Information about a newly created knowledge base

    Attributes:
        knowledge_base (ApiKnowledgeBase | Unset): Knowledgebase Description
    """

    knowledge_base: ApiKnowledgeBase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        knowledge_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_base, Unset):
            knowledge_base = self.knowledge_base.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if knowledge_base is not UNSET:
            field_dict["knowledge_base"] = knowledge_base

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_knowledge_base import ApiKnowledgeBase

        d = dict(src_dict)
        _knowledge_base = d.pop("knowledge_base", UNSET)
        knowledge_base: ApiKnowledgeBase | Unset
        if isinstance(_knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = ApiKnowledgeBase.from_dict(_knowledge_base)

        api_create_knowledge_base_output = cls(
            knowledge_base=knowledge_base,
        )

        api_create_knowledge_base_output.additional_properties = d
        return api_create_knowledge_base_output

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
