from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kafka_topic_config import KafkaTopicConfig


T = TypeVar("T", bound="KafkaTopicCreate")


@_attrs_define
class KafkaTopicCreate:
    """
    Attributes:
        name (str | Unset): The name of the Kafka topic. Example: events.
        replication_factor (int | Unset): The number of nodes to replicate data across the cluster. Example: 2.
        partition_count (int | Unset): The number of partitions available for the topic. On update, this value can only
            be increased. Example: 3.
        config (KafkaTopicConfig | Unset):
    """

    name: str | Unset = UNSET
    replication_factor: int | Unset = UNSET
    partition_count: int | Unset = UNSET
    config: KafkaTopicConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        replication_factor = self.replication_factor

        partition_count = self.partition_count

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if replication_factor is not UNSET:
            field_dict["replication_factor"] = replication_factor
        if partition_count is not UNSET:
            field_dict["partition_count"] = partition_count
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kafka_topic_config import KafkaTopicConfig

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        replication_factor = d.pop("replication_factor", UNSET)

        partition_count = d.pop("partition_count", UNSET)

        _config = d.pop("config", UNSET)
        config: KafkaTopicConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = KafkaTopicConfig.from_dict(_config)

        kafka_topic_create = cls(
            name=name,
            replication_factor=replication_factor,
            partition_count=partition_count,
            config=config,
        )

        kafka_topic_create.additional_properties = d
        return kafka_topic_create

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
