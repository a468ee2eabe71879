from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduled_details import ScheduledDetails


T = TypeVar("T", bound="UpdateTrigger")


@_attrs_define
class UpdateTrigger:
    """
    Attributes:
        is_enabled (bool | Unset): Indicates weather the trigger is paused or unpaused. Example: True.
        scheduled_details (ScheduledDetails | Unset): Trigger details for SCHEDULED type, where body is optional.
    """

    is_enabled: bool | Unset = UNSET
    scheduled_details: ScheduledDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        scheduled_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_details, Unset):
            scheduled_details = self.scheduled_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if scheduled_details is not UNSET:
            field_dict["scheduled_details"] = scheduled_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduled_details import ScheduledDetails

        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)

        _scheduled_details = d.pop("scheduled_details", UNSET)
        scheduled_details: ScheduledDetails | Unset
        if isinstance(_scheduled_details, Unset):
            scheduled_details = UNSET
        else:
            scheduled_details = ScheduledDetails.from_dict(_scheduled_details)

        update_trigger = cls(
            is_enabled=is_enabled,
            scheduled_details=scheduled_details,
        )

        update_trigger.additional_properties = d
        return update_trigger

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
