from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kafka_schema_verbose import KafkaSchemaVerbose


T = TypeVar("T", bound="DatabasesListKafkaSchemasResponse200")


@_attrs_define
class DatabasesListKafkaSchemasResponse200:
    """
    Attributes:
        subjects (list[KafkaSchemaVerbose] | Unset):
    """

    subjects: list[KafkaSchemaVerbose] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kafka_schema_verbose import KafkaSchemaVerbose

        d = dict(src_dict)
        _subjects = d.pop("subjects", UNSET)
        subjects: list[KafkaSchemaVerbose] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = KafkaSchemaVerbose.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        databases_list_kafka_schemas_response_200 = cls(
            subjects=subjects,
        )

        databases_list_kafka_schemas_response_200.additional_properties = d
        return databases_list_kafka_schemas_response_200

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
