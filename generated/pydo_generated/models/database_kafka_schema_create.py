from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_kafka_schema_create_schema_type import (
    DatabaseKafkaSchemaCreateSchemaType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseKafkaSchemaCreate")


@_attrs_define
class DatabaseKafkaSchemaCreate:
    """
    Attributes:
        subject_name (str | Unset): The name of the schema subject. Example: customer-schema.
        schema_type (DatabaseKafkaSchemaCreateSchemaType | Unset): The type of the schema. Example: AVRO.
        schema (str | Unset): The schema definition in the specified format. Example: {
              "type": "record",
              "name": "Customer",
              "fields": [
                {"name": "id", "type": "int"},
                {"name": "name", "type": "string"}
              ]
            }.
    """

    subject_name: str | Unset = UNSET
    schema_type: DatabaseKafkaSchemaCreateSchemaType | Unset = UNSET
    schema: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_name = self.subject_name

        schema_type: str | Unset = UNSET
        if not isinstance(self.schema_type, Unset):
            schema_type = self.schema_type.value

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject_name is not UNSET:
            field_dict["subject_name"] = subject_name
        if schema_type is not UNSET:
            field_dict["schema_type"] = schema_type
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject_name = d.pop("subject_name", UNSET)

        _schema_type = d.pop("schema_type", UNSET)
        schema_type: DatabaseKafkaSchemaCreateSchemaType | Unset
        if isinstance(_schema_type, Unset):
            schema_type = UNSET
        else:
            schema_type = DatabaseKafkaSchemaCreateSchemaType(_schema_type)

        schema = d.pop("schema", UNSET)

        database_kafka_schema_create = cls(
            subject_name=subject_name,
            schema_type=schema_type,
            schema=schema,
        )

        database_kafka_schema_create.additional_properties = d
        return database_kafka_schema_create

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
