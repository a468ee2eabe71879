from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_reason import HistoryReason
from ..models.history_status import HistoryStatus

T = TypeVar("T", bound="History")


@_attrs_define
class History:
    """
    Attributes:
        history_event_id (str): The unique identifier of the history event. Example:
            01936530-4471-7b86-9634-32d8fcfecbc6.
        current_instance_count (int): The current number of Droplets in the autoscale pool. Example: 2.
        desired_instance_count (int): The target number of Droplets for the autoscale pool after the scaling event.
            Example: 2.
        reason (HistoryReason): The reason for the scaling event. Example: CONFIGURATION_CHANGE.
        status (HistoryStatus): The status of the scaling event. Example: success.
        created_at (datetime.datetime): The creation time of the history event in ISO8601 combined date and time format.
            Example: 2020-07-28T18:00:00Z.
        updated_at (datetime.datetime): The last updated time of the history event in ISO8601 combined date and time
            format. Example: 2020-07-28T18:00:00Z.
    """

    history_event_id: str
    current_instance_count: int
    desired_instance_count: int
    reason: HistoryReason
    status: HistoryStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history_event_id = self.history_event_id

        current_instance_count = self.current_instance_count

        desired_instance_count = self.desired_instance_count

        reason = self.reason.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history_event_id": history_event_id,
                "current_instance_count": current_instance_count,
                "desired_instance_count": desired_instance_count,
                "reason": reason,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        history_event_id = d.pop("history_event_id")

        current_instance_count = d.pop("current_instance_count")

        desired_instance_count = d.pop("desired_instance_count")

        reason = HistoryReason(d.pop("reason"))

        status = HistoryStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        history = cls(
            history_event_id=history_event_id,
            current_instance_count=current_instance_count,
            desired_instance_count=desired_instance_count,
            reason=reason,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )

        history.additional_properties = d
        return history

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
