from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shared_shared_vcpu_cores_dedicated_dedicated_vcpu_cores import (
    SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsInstanceSize")


@_attrs_define
class AppsInstanceSize:
    """
    Attributes:
        bandwidth_allowance_gib (str | Unset):  Example: 1.
        cpu_type (SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores | Unset):  Example: SHARED.
        cpus (str | Unset):  Example: 3.
        deprecation_intent (bool | Unset):  Example: True.
        memory_bytes (str | Unset):  Example: 1048.
        name (str | Unset):  Example: name.
        scalable (bool | Unset):  Example: False.
        single_instance_only (bool | Unset):  Example: True.
        slug (str | Unset):  Example: apps-s-1vcpu-1gb.
        tier_downgrade_to (str | Unset):  Example: basic.
        tier_slug (str | Unset):  Example: basic.
        tier_upgrade_to (str | Unset):  Example: basic.
        usd_per_month (str | Unset):  Example: 23.
        usd_per_second (str | Unset):  Example: 0.00000001232.
    """

    bandwidth_allowance_gib: str | Unset = UNSET
    cpu_type: SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores | Unset = UNSET
    cpus: str | Unset = UNSET
    deprecation_intent: bool | Unset = UNSET
    memory_bytes: str | Unset = UNSET
    name: str | Unset = UNSET
    scalable: bool | Unset = UNSET
    single_instance_only: bool | Unset = UNSET
    slug: str | Unset = UNSET
    tier_downgrade_to: str | Unset = UNSET
    tier_slug: str | Unset = UNSET
    tier_upgrade_to: str | Unset = UNSET
    usd_per_month: str | Unset = UNSET
    usd_per_second: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bandwidth_allowance_gib = self.bandwidth_allowance_gib

        cpu_type: str | Unset = UNSET
        if not isinstance(self.cpu_type, Unset):
            cpu_type = self.cpu_type.value

        cpus = self.cpus

        deprecation_intent = self.deprecation_intent

        memory_bytes = self.memory_bytes

        name = self.name

        scalable = self.scalable

        single_instance_only = self.single_instance_only

        slug = self.slug

        tier_downgrade_to = self.tier_downgrade_to

        tier_slug = self.tier_slug

        tier_upgrade_to = self.tier_upgrade_to

        usd_per_month = self.usd_per_month

        usd_per_second = self.usd_per_second

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bandwidth_allowance_gib is not UNSET:
            field_dict["bandwidth_allowance_gib"] = bandwidth_allowance_gib
        if cpu_type is not UNSET:
            field_dict["cpu_type"] = cpu_type
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if deprecation_intent is not UNSET:
            field_dict["deprecation_intent"] = deprecation_intent
        if memory_bytes is not UNSET:
            field_dict["memory_bytes"] = memory_bytes
        if name is not UNSET:
            field_dict["name"] = name
        if scalable is not UNSET:
            field_dict["scalable"] = scalable
        if single_instance_only is not UNSET:
            field_dict["single_instance_only"] = single_instance_only
        if slug is not UNSET:
            field_dict["slug"] = slug
        if tier_downgrade_to is not UNSET:
            field_dict["tier_downgrade_to"] = tier_downgrade_to
        if tier_slug is not UNSET:
            field_dict["tier_slug"] = tier_slug
        if tier_upgrade_to is not UNSET:
            field_dict["tier_upgrade_to"] = tier_upgrade_to
        if usd_per_month is not UNSET:
            field_dict["usd_per_month"] = usd_per_month
        if usd_per_second is not UNSET:
            field_dict["usd_per_second"] = usd_per_second

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bandwidth_allowance_gib = d.pop("bandwidth_allowance_gib", UNSET)

        _cpu_type = d.pop("cpu_type", UNSET)
        cpu_type: SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores | Unset
        if isinstance(_cpu_type, Unset):
            cpu_type = UNSET
        else:
            cpu_type = SHAREDSharedVCPUCoresDEDICATEDDedicatedVCPUCores(_cpu_type)

        cpus = d.pop("cpus", UNSET)

        deprecation_intent = d.pop("deprecation_intent", UNSET)

        memory_bytes = d.pop("memory_bytes", UNSET)

        name = d.pop("name", UNSET)

        scalable = d.pop("scalable", UNSET)

        single_instance_only = d.pop("single_instance_only", UNSET)

        slug = d.pop("slug", UNSET)

        tier_downgrade_to = d.pop("tier_downgrade_to", UNSET)

        tier_slug = d.pop("tier_slug", UNSET)

        tier_upgrade_to = d.pop("tier_upgrade_to", UNSET)

        usd_per_month = d.pop("usd_per_month", UNSET)

        usd_per_second = d.pop("usd_per_second", UNSET)

        apps_instance_size = cls(
            bandwidth_allowance_gib=bandwidth_allowance_gib,
            cpu_type=cpu_type,
            cpus=cpus,
            deprecation_intent=deprecation_intent,
            memory_bytes=memory_bytes,
            name=name,
            scalable=scalable,
            single_instance_only=single_instance_only,
            slug=slug,
            tier_downgrade_to=tier_downgrade_to,
            tier_slug=tier_slug,
            tier_upgrade_to=tier_upgrade_to,
            usd_per_month=usd_per_month,
            usd_per_second=usd_per_second,
        )

        apps_instance_size.additional_properties = d
        return apps_instance_size

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
