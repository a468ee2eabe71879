from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kafka_topic import KafkaTopic


T = TypeVar("T", bound="DatabasesListKafkaTopicsResponse200")


@_attrs_define
class DatabasesListKafkaTopicsResponse200:
    """
    Attributes:
        topics (list[KafkaTopic] | Unset):
    """

    topics: list[KafkaTopic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kafka_topic import KafkaTopic

        d = dict(src_dict)
        _topics = d.pop("topics", UNSET)
        topics: list[KafkaTopic] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = KafkaTopic.from_dict(topics_item_data)

                topics.append(topics_item)

        databases_list_kafka_topics_response_200 = cls(
            topics=topics,
        )

        databases_list_kafka_topics_response_200.additional_properties = d
        return databases_list_kafka_topics_response_200

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
