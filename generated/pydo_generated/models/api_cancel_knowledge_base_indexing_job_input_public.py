from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCancelKnowledgeBaseIndexingJobInputPublic")


@_attrs_define
class ApiCancelKnowledgeBaseIndexingJobInputPublic:
    """CancelKnowledgeBaseIndexingJobInputPublic description

    Attributes:
        uuid (str | Unset): A unique identifier for an indexing job. Example: "12345678-1234-1234-1234-123456789012".
    """

    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        api_cancel_knowledge_base_indexing_job_input_public = cls(
            uuid=uuid,
        )

        api_cancel_knowledge_base_indexing_job_input_public.additional_properties = d
        return api_cancel_knowledge_base_indexing_job_input_public

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
