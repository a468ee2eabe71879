from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opensearch_index_health import OpensearchIndexHealth
from ..models.opensearch_index_status import OpensearchIndexStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpensearchIndex")


@_attrs_define
class OpensearchIndex:
    """
    Attributes:
        index_name (str | Unset): The name of the opensearch index. Example: events.
        number_of_shards (int | Unset): The number of shards for the index. Example: 2.
        number_of_replicas (int | Unset): The number of replicas for the index. Example: 3.
        size (int | Unset): The size of the index. Example: 208.
        created_time (datetime.datetime | Unset): The date and time the index was created. Example:
            2021-01-01T00:00:00Z.
        status (OpensearchIndexStatus | Unset): The status of the OpenSearch index. Example: open.
        health (OpensearchIndexHealth | Unset): The health of the OpenSearch index. Example: green.
    """

    index_name: str | Unset = UNSET
    number_of_shards: int | Unset = UNSET
    number_of_replicas: int | Unset = UNSET
    size: int | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    status: OpensearchIndexStatus | Unset = UNSET
    health: OpensearchIndexHealth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_name = self.index_name

        number_of_shards = self.number_of_shards

        number_of_replicas = self.number_of_replicas

        size = self.size

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        health: str | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_name is not UNSET:
            field_dict["index_name"] = index_name
        if number_of_shards is not UNSET:
            field_dict["number_of_shards"] = number_of_shards
        if number_of_replicas is not UNSET:
            field_dict["number_of_replicas"] = number_of_replicas
        if size is not UNSET:
            field_dict["size"] = size
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if status is not UNSET:
            field_dict["status"] = status
        if health is not UNSET:
            field_dict["health"] = health

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        index_name = d.pop("index_name", UNSET)

        number_of_shards = d.pop("number_of_shards", UNSET)

        number_of_replicas = d.pop("number_of_replicas", UNSET)

        size = d.pop("size", UNSET)

        _created_time = d.pop("created_time", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        _status = d.pop("status", UNSET)
        status: OpensearchIndexStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OpensearchIndexStatus(_status)

        _health = d.pop("health", UNSET)
        health: OpensearchIndexHealth | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = OpensearchIndexHealth(_health)

        opensearch_index = cls(
            index_name=index_name,
            number_of_shards=number_of_shards,
            number_of_replicas=number_of_replicas,
            size=size,
            created_time=created_time,
            status=status,
            health=health,
        )

        opensearch_index.additional_properties = d
        return opensearch_index

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
