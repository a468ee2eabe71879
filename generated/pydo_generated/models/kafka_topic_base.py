from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KafkaTopicBase")


@_attrs_define
class KafkaTopicBase:
    """
    Attributes:
        name (str | Unset): The name of the Kafka topic. Example: events.
        replication_factor (int | Unset): The number of nodes to replicate data across the cluster. Example: 2.
        partition_count (int | Unset): The number of partitions available for the topic. On update, this value can only
            be increased. Example: 3.
    """

    name: str | Unset = UNSET
    replication_factor: int | Unset = UNSET
    partition_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        replication_factor = self.replication_factor

        partition_count = self.partition_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if replication_factor is not UNSET:
            field_dict["replication_factor"] = replication_factor
        if partition_count is not UNSET:
            field_dict["partition_count"] = partition_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        replication_factor = d.pop("replication_factor", UNSET)

        partition_count = d.pop("partition_count", UNSET)

        kafka_topic_base = cls(
            name=name,
            replication_factor=replication_factor,
            partition_count=partition_count,
        )

        kafka_topic_base.additional_properties = d
        return kafka_topic_base

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
