from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectiveDestroyAssociatedResource")


@_attrs_define
class SelectiveDestroyAssociatedResource:
    """An object containing information about a resource to be scheduled for deletion.

    Attributes:
        floating_ips (list[str] | Unset): An array of unique identifiers for the floating IPs to be scheduled for
            deletion. Example: ['6186916'].
        reserved_ips (list[str] | Unset): An array of unique identifiers for the reserved IPs to be scheduled for
            deletion. Example: ['6186916'].
        snapshots (list[str] | Unset): An array of unique identifiers for the snapshots to be scheduled for deletion.
            Example: ['61486916'].
        volumes (list[str] | Unset): An array of unique identifiers for the volumes to be scheduled for deletion.
            Example: ['ba49449a-7435-11ea-b89e-0a58ac14480f'].
        volume_snapshots (list[str] | Unset): An array of unique identifiers for the volume snapshots to be scheduled
            for deletion. Example: ['edb0478d-7436-11ea-86e6-0a58ac144b91'].
    """

    floating_ips: list[str] | Unset = UNSET
    reserved_ips: list[str] | Unset = UNSET
    snapshots: list[str] | Unset = UNSET
    volumes: list[str] | Unset = UNSET
    volume_snapshots: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floating_ips: list[str] | Unset = UNSET
        if not isinstance(self.floating_ips, Unset):
            floating_ips = self.floating_ips

        reserved_ips: list[str] | Unset = UNSET
        if not isinstance(self.reserved_ips, Unset):
            reserved_ips = self.reserved_ips

        snapshots: list[str] | Unset = UNSET
        if not isinstance(self.snapshots, Unset):
            snapshots = self.snapshots

        volumes: list[str] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes

        volume_snapshots: list[str] | Unset = UNSET
        if not isinstance(self.volume_snapshots, Unset):
            volume_snapshots = self.volume_snapshots

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floating_ips is not UNSET:
            field_dict["floating_ips"] = floating_ips
        if reserved_ips is not UNSET:
            field_dict["reserved_ips"] = reserved_ips
        if snapshots is not UNSET:
            field_dict["snapshots"] = snapshots
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if volume_snapshots is not UNSET:
            field_dict["volume_snapshots"] = volume_snapshots

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        floating_ips = cast(list[str], d.pop("floating_ips", UNSET))

        reserved_ips = cast(list[str], d.pop("reserved_ips", UNSET))

        snapshots = cast(list[str], d.pop("snapshots", UNSET))

        volumes = cast(list[str], d.pop("volumes", UNSET))

        volume_snapshots = cast(list[str], d.pop("volume_snapshots", UNSET))

        selective_destroy_associated_resource = cls(
            floating_ips=floating_ips,
            reserved_ips=reserved_ips,
            snapshots=snapshots,
            volumes=volumes,
            volume_snapshots=volume_snapshots,
        )

        selective_destroy_associated_resource.additional_properties = d
        return selective_destroy_associated_resource

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
