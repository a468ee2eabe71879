from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kafka_topic_state import KafkaTopicState
from ..types import UNSET, Unset

T = TypeVar("T", bound="KafkaTopic")


@_attrs_define
class KafkaTopic:
    """
    Attributes:
        name (str | Unset): The name of the Kafka topic. Example: events.
        replication_factor (int | Unset): The number of nodes to replicate data across the cluster. Example: 2.
        partition_count (int | Unset): The number of partitions available for the topic. On update, this value can only
            be increased. Example: 3.
        state (KafkaTopicState | Unset): The state of the Kafka topic. Example: active.
    """

    name: str | Unset = UNSET
    replication_factor: int | Unset = UNSET
    partition_count: int | Unset = UNSET
    state: KafkaTopicState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        replication_factor = self.replication_factor

        partition_count = self.partition_count

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if replication_factor is not UNSET:
            field_dict["replication_factor"] = replication_factor
        if partition_count is not UNSET:
            field_dict["partition_count"] = partition_count
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        replication_factor = d.pop("replication_factor", UNSET)

        partition_count = d.pop("partition_count", UNSET)

        _state = d.pop("state", UNSET)
        state: KafkaTopicState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = KafkaTopicState(_state)

        kafka_topic = cls(
            name=name,
            replication_factor=replication_factor,
            partition_count=partition_count,
            state=state,
        )

        kafka_topic.additional_properties = d
        return kafka_topic

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
