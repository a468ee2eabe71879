from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseStorageAutoscaleParams")


@_attrs_define
class DatabaseStorageAutoscaleParams:
    """Configuration for database cluster storage autoscaling

    Attributes:
        enabled (bool): Whether storage autoscaling is enabled for the cluster Example: True.
        threshold_percent (int | Unset): The storage usage threshold percentage that triggers autoscaling. When storage
            usage exceeds this percentage, additional storage will be added automatically. Example: 80.
        increment_gib (int | Unset): The amount of additional storage to add (in GiB) when autoscaling is triggered
            Example: 10.
    """

    enabled: bool
    threshold_percent: int | Unset = UNSET
    increment_gib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        threshold_percent = self.threshold_percent

        increment_gib = self.increment_gib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if threshold_percent is not UNSET:
            field_dict["threshold_percent"] = threshold_percent
        if increment_gib is not UNSET:
            field_dict["increment_gib"] = increment_gib

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        threshold_percent = d.pop("threshold_percent", UNSET)

        increment_gib = d.pop("increment_gib", UNSET)

        database_storage_autoscale_params = cls(
            enabled=enabled,
            threshold_percent=threshold_percent,
            increment_gib=increment_gib,
        )

        database_storage_autoscale_params.additional_properties = d
        return database_storage_autoscale_params

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
