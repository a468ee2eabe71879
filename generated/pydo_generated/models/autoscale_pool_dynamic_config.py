from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoscalePoolDynamicConfig")


@_attrs_define
class AutoscalePoolDynamicConfig:
    """
    Attributes:
        min_instances (int): The minimum number of Droplets in an autoscale pool. Example: 5.
        max_instances (int): The maximum number of Droplets in an autoscale pool. Example: 10.
        target_cpu_utilization (float | Unset): Target CPU utilization as a decimal. Example: 0.6.
        target_memory_utilization (float | Unset): Target memory utilization as a decimal. Example: 0.6.
        cooldown_minutes (int | Unset): The number of minutes to wait between scaling events in an autoscale pool.
            Defaults to 10 minutes. Example: 5.
    """

    min_instances: int
    max_instances: int
    target_cpu_utilization: float | Unset = UNSET
    target_memory_utilization: float | Unset = UNSET
    cooldown_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_instances = self.min_instances

        max_instances = self.max_instances

        target_cpu_utilization = self.target_cpu_utilization

        target_memory_utilization = self.target_memory_utilization

        cooldown_minutes = self.cooldown_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_instances": min_instances,
                "max_instances": max_instances,
            }
        )
        if target_cpu_utilization is not UNSET:
            field_dict["target_cpu_utilization"] = target_cpu_utilization
        if target_memory_utilization is not UNSET:
            field_dict["target_memory_utilization"] = target_memory_utilization
        if cooldown_minutes is not UNSET:
            field_dict["cooldown_minutes"] = cooldown_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        min_instances = d.pop("min_instances")

        max_instances = d.pop("max_instances")

        target_cpu_utilization = d.pop("target_cpu_utilization", UNSET)

        target_memory_utilization = d.pop("target_memory_utilization", UNSET)

        cooldown_minutes = d.pop("cooldown_minutes", UNSET)

        autoscale_pool_dynamic_config = cls(
            min_instances=min_instances,
            max_instances=max_instances,
            target_cpu_utilization=target_cpu_utilization,
            target_memory_utilization=target_memory_utilization,
            cooldown_minutes=cooldown_minutes,
        )

        autoscale_pool_dynamic_config.additional_properties = d
        return autoscale_pool_dynamic_config

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
