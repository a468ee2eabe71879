from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kafka_topic_verbose import KafkaTopicVerbose


T = TypeVar("T", bound="DatabasesCreateKafkaTopicResponse201")


@_attrs_define
class DatabasesCreateKafkaTopicResponse201:
    """
    Attributes:
        topic (KafkaTopicVerbose | Unset):
    """

    topic: KafkaTopicVerbose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic is not UNSET:
            field_dict["topic"] = topic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kafka_topic_verbose import KafkaTopicVerbose

        d = dict(src_dict)
        _topic = d.pop("topic", UNSET)
        topic: KafkaTopicVerbose | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = KafkaTopicVerbose.from_dict(_topic)

        databases_create_kafka_topic_response_201 = cls(
            topic=topic,
        )

        databases_create_kafka_topic_response_201.additional_properties = d
        return databases_create_kafka_topic_response_201

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
