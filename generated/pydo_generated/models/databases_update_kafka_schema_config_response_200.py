from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.databases_update_kafka_schema_config_response_200_compatibility_level import (
    DatabasesUpdateKafkaSchemaConfigResponse200CompatibilityLevel,
)

T = TypeVar("T", bound="DatabasesUpdateKafkaSchemaConfigResponse200")


@_attrs_define
class DatabasesUpdateKafkaSchemaConfigResponse200:
    """
    Attributes:
        compatibility_level (DatabasesUpdateKafkaSchemaConfigResponse200CompatibilityLevel): The compatibility level of
            the schema registry.
    """

    compatibility_level: DatabasesUpdateKafkaSchemaConfigResponse200CompatibilityLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compatibility_level = self.compatibility_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compatibility_level": compatibility_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        compatibility_level = (
            DatabasesUpdateKafkaSchemaConfigResponse200CompatibilityLevel(
                d.pop("compatibility_level")
            )
        )

        databases_update_kafka_schema_config_response_200 = cls(
            compatibility_level=compatibility_level,
        )

        databases_update_kafka_schema_config_response_200.additional_properties = d
        return databases_update_kafka_schema_config_response_200

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
