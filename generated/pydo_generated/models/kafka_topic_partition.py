from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kafka_topic_partition_consumer_groups_type_0_item import (
        KafkaTopicPartitionConsumerGroupsType0Item,
    )


T = TypeVar("T", bound="KafkaTopicPartition")


@_attrs_define
class KafkaTopicPartition:
    """
    Attributes:
        size (int | Unset): Size of the topic partition in bytes. Example: 4096.
        id (int | Unset): An identifier for the partition. Example: 1.
        in_sync_replicas (int | Unset): The number of nodes that are in-sync (have the latest data) for the given
            partition Example: 3.
        earliest_offset (int | Unset): The earliest consumer offset amongst consumer groups. Example: 0.
        consumer_groups (list[KafkaTopicPartitionConsumerGroupsType0Item] | None | Unset):
    """

    size: int | Unset = UNSET
    id: int | Unset = UNSET
    in_sync_replicas: int | Unset = UNSET
    earliest_offset: int | Unset = UNSET
    consumer_groups: list[KafkaTopicPartitionConsumerGroupsType0Item] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        id = self.id

        in_sync_replicas = self.in_sync_replicas

        earliest_offset = self.earliest_offset

        consumer_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.consumer_groups, Unset):
            consumer_groups = UNSET
        elif isinstance(self.consumer_groups, list):
            consumer_groups = []
            for consumer_groups_type_0_item_data in self.consumer_groups:
                consumer_groups_type_0_item = consumer_groups_type_0_item_data.to_dict()
                consumer_groups.append(consumer_groups_type_0_item)

        else:
            consumer_groups = self.consumer_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if id is not UNSET:
            field_dict["id"] = id
        if in_sync_replicas is not UNSET:
            field_dict["in_sync_replicas"] = in_sync_replicas
        if earliest_offset is not UNSET:
            field_dict["earliest_offset"] = earliest_offset
        if consumer_groups is not UNSET:
            field_dict["consumer_groups"] = consumer_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kafka_topic_partition_consumer_groups_type_0_item import (
            KafkaTopicPartitionConsumerGroupsType0Item,
        )

        d = dict(src_dict)
        size = d.pop("size", UNSET)

        id = d.pop("id", UNSET)

        in_sync_replicas = d.pop("in_sync_replicas", UNSET)

        earliest_offset = d.pop("earliest_offset", UNSET)

        def _parse_consumer_groups(
            data: object,
        ) -> list[KafkaTopicPartitionConsumerGroupsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                consumer_groups_type_0 = []
                _consumer_groups_type_0 = data
                for consumer_groups_type_0_item_data in _consumer_groups_type_0:
                    consumer_groups_type_0_item = (
                        KafkaTopicPartitionConsumerGroupsType0Item.from_dict(
                            consumer_groups_type_0_item_data
                        )
                    )

                    consumer_groups_type_0.append(consumer_groups_type_0_item)

                return consumer_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[KafkaTopicPartitionConsumerGroupsType0Item] | None | Unset, data
            )

        consumer_groups = _parse_consumer_groups(d.pop("consumer_groups", UNSET))

        kafka_topic_partition = cls(
            size=size,
            id=id,
            in_sync_replicas=in_sync_replicas,
            earliest_offset=earliest_offset,
            consumer_groups=consumer_groups,
        )

        kafka_topic_partition.additional_properties = d
        return kafka_topic_partition

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
