from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KafkaTopicPartitionConsumerGroupsType0Item")


@_attrs_define
class KafkaTopicPartitionConsumerGroupsType0Item:
    """
    Attributes:
        group_name (str | Unset): Name of the consumer group. Example: consumer.
        offset (int | Unset): The current offset of the consumer group. Example: 0.
    """

    group_name: str | Unset = UNSET
    offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_name = d.pop("group_name", UNSET)

        offset = d.pop("offset", UNSET)

        kafka_topic_partition_consumer_groups_type_0_item = cls(
            group_name=group_name,
            offset=offset,
        )

        kafka_topic_partition_consumer_groups_type_0_item.additional_properties = d
        return kafka_topic_partition_consumer_groups_type_0_item

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
