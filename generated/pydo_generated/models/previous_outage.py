from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviousOutage")


@_attrs_define
class PreviousOutage:
    """
    Attributes:
        region (str | Unset):  Example: us_east.
        started_at (str | Unset):  Example: 2022-03-17T18:04:55Z.
        ended_at (str | Unset):  Example: 2022-03-17T18:06:55Z.
        duration_seconds (int | Unset):  Example: 120.
    """

    region: str | Unset = UNSET
    started_at: str | Unset = UNSET
    ended_at: str | Unset = UNSET
    duration_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        started_at = self.started_at

        ended_at = self.ended_at

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        region = d.pop("region", UNSET)

        started_at = d.pop("started_at", UNSET)

        ended_at = d.pop("ended_at", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        previous_outage = cls(
            region=region,
            started_at=started_at,
            ended_at=ended_at,
            duration_seconds=duration_seconds,
        )

        previous_outage.additional_properties = d
        return previous_outage

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
