from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.region_state_status import RegionStateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegionState")


@_attrs_define
class RegionState:
    """
    Attributes:
        status (RegionStateStatus | Unset):  Example: UP.
        status_changed_at (str | Unset):  Example: 2022-03-17T22:28:51Z.
        thirty_day_uptime_percentage (float | Unset):  Example: 97.99.
    """

    status: RegionStateStatus | Unset = UNSET
    status_changed_at: str | Unset = UNSET
    thirty_day_uptime_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_changed_at = self.status_changed_at

        thirty_day_uptime_percentage = self.thirty_day_uptime_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_changed_at is not UNSET:
            field_dict["status_changed_at"] = status_changed_at
        if thirty_day_uptime_percentage is not UNSET:
            field_dict["thirty_day_uptime_percentage"] = thirty_day_uptime_percentage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: RegionStateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RegionStateStatus(_status)

        status_changed_at = d.pop("status_changed_at", UNSET)

        thirty_day_uptime_percentage = d.pop("thirty_day_uptime_percentage", UNSET)

        region_state = cls(
            status=status,
            status_changed_at=status_changed_at,
            thirty_day_uptime_percentage=thirty_day_uptime_percentage,
        )

        region_state.additional_properties = d
        return region_state

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
