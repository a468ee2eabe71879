from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_usage_measurement import ApiUsageMeasurement


T = TypeVar("T", bound="ApiResourceUsage")


@_attrs_define
class ApiResourceUsage:
    """Resource Usage Description

    Attributes:
        measurements (list[ApiUsageMeasurement] | Unset):
        resource_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        start (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        stop (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
    """

    measurements: list[ApiUsageMeasurement] | Unset = UNSET
    resource_uuid: str | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    stop: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measurements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.measurements, Unset):
            measurements = []
            for measurements_item_data in self.measurements:
                measurements_item = measurements_item_data.to_dict()
                measurements.append(measurements_item)

        resource_uuid = self.resource_uuid

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        stop: str | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if measurements is not UNSET:
            field_dict["measurements"] = measurements
        if resource_uuid is not UNSET:
            field_dict["resource_uuid"] = resource_uuid
        if start is not UNSET:
            field_dict["start"] = start
        if stop is not UNSET:
            field_dict["stop"] = stop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_usage_measurement import ApiUsageMeasurement

        d = dict(src_dict)
        _measurements = d.pop("measurements", UNSET)
        measurements: list[ApiUsageMeasurement] | Unset = UNSET
        if _measurements is not UNSET:
            measurements = []
            for measurements_item_data in _measurements:
                measurements_item = ApiUsageMeasurement.from_dict(
                    measurements_item_data
                )

                measurements.append(measurements_item)

        resource_uuid = d.pop("resource_uuid", UNSET)

        _start = d.pop("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _stop = d.pop("stop", UNSET)
        stop: datetime.datetime | Unset
        if isinstance(_stop, Unset):
            stop = UNSET
        else:
            stop = datetime.datetime.fromisoformat(_stop)

        api_resource_usage = cls(
            measurements=measurements,
            resource_uuid=resource_uuid,
            start=start,
            stop=stop,
        )

        api_resource_usage.additional_properties = d
        return api_resource_usage

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
