from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimescaledbAdvancedConfig")


@_attrs_define
class TimescaledbAdvancedConfig:
    """TimescaleDB extension configuration values

    Attributes:
        max_background_workers (int | Unset): The number of background workers for timescaledb operations.  Set to the
            sum of your number of databases and the total number of concurrent background workers you want running at any
            given point in time. Example: 8.
    """

    max_background_workers: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_background_workers = self.max_background_workers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_background_workers is not UNSET:
            field_dict["max_background_workers"] = max_background_workers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_background_workers = d.pop("max_background_workers", UNSET)

        timescaledb_advanced_config = cls(
            max_background_workers=max_background_workers,
        )

        timescaledb_advanced_config.additional_properties = d
        return timescaledb_advanced_config

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
