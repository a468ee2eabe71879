from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kafka_topic_verbose_state import KafkaTopicVerboseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kafka_topic_config import KafkaTopicConfig
    from ..models.kafka_topic_partition import KafkaTopicPartition


T = TypeVar("T", bound="KafkaTopicVerbose")


@_attrs_define
class KafkaTopicVerbose:
    """
    Attributes:
        name (str | Unset): The name of the Kafka topic. Example: events.
        state (KafkaTopicVerboseState | Unset): The state of the Kafka topic. Example: active.
        replication_factor (int | Unset): The number of nodes to replicate data across the cluster. Example: 2.
        partitions (list[KafkaTopicPartition] | Unset):
        config (KafkaTopicConfig | Unset):
    """

    name: str | Unset = UNSET
    state: KafkaTopicVerboseState | Unset = UNSET
    replication_factor: int | Unset = UNSET
    partitions: list[KafkaTopicPartition] | Unset = UNSET
    config: KafkaTopicConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        replication_factor = self.replication_factor

        partitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = []
            for partitions_item_data in self.partitions:
                partitions_item = partitions_item_data.to_dict()
                partitions.append(partitions_item)

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if replication_factor is not UNSET:
            field_dict["replication_factor"] = replication_factor
        if partitions is not UNSET:
            field_dict["partitions"] = partitions
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kafka_topic_config import KafkaTopicConfig
        from ..models.kafka_topic_partition import KafkaTopicPartition

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _state = d.pop("state", UNSET)
        state: KafkaTopicVerboseState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = KafkaTopicVerboseState(_state)

        replication_factor = d.pop("replication_factor", UNSET)

        _partitions = d.pop("partitions", UNSET)
        partitions: list[KafkaTopicPartition] | Unset = UNSET
        if _partitions is not UNSET:
            partitions = []
            for partitions_item_data in _partitions:
                partitions_item = KafkaTopicPartition.from_dict(partitions_item_data)

                partitions.append(partitions_item)

        _config = d.pop("config", UNSET)
        config: KafkaTopicConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = KafkaTopicConfig.from_dict(_config)

        kafka_topic_verbose = cls(
            name=name,
            state=state,
            replication_factor=replication_factor,
            partitions=partitions,
            config=config,
        )

        kafka_topic_verbose.additional_properties = d
        return kafka_topic_verbose

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
