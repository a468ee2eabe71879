from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.events_logs_event_type import EventsLogsEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventsLogs")


@_attrs_define
class EventsLogs:
    """
    Attributes:
        id (str | Unset): ID of the particular event. Example: pe8u2huh.
        cluster_name (str | Unset): The name of cluster. Example: sample_cluster.
        event_type (EventsLogsEventType | Unset): Type of the event. Example: cluster_create.
        create_time (str | Unset): The time of the generation of a event. Example: 2020-10-29T15:57:38Z.
    """

    id: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    event_type: EventsLogsEventType | Unset = UNSET
    create_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cluster_name = self.cluster_name

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if create_time is not UNSET:
            field_dict["create_time"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        cluster_name = d.pop("cluster_name", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: EventsLogsEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = EventsLogsEventType(_event_type)

        create_time = d.pop("create_time", UNSET)

        events_logs = cls(
            id=id,
            cluster_name=cluster_name,
            event_type=event_type,
            create_time=create_time,
        )

        events_logs.additional_properties = d
        return events_logs

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
