from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destroyed_associated_resource import DestroyedAssociatedResource


T = TypeVar("T", bound="AssociatedResourceStatusResources")


@_attrs_define
class AssociatedResourceStatusResources:
    """An object containing additional information about resource related to a Droplet requested to be destroyed.

    Attributes:
        reserved_ips (list[DestroyedAssociatedResource] | Unset):
        floating_ips (list[DestroyedAssociatedResource] | Unset):
        snapshots (list[DestroyedAssociatedResource] | Unset):
        volumes (list[DestroyedAssociatedResource] | Unset):
        volume_snapshots (list[DestroyedAssociatedResource] | Unset):
    """

    reserved_ips: list[DestroyedAssociatedResource] | Unset = UNSET
    floating_ips: list[DestroyedAssociatedResource] | Unset = UNSET
    snapshots: list[DestroyedAssociatedResource] | Unset = UNSET
    volumes: list[DestroyedAssociatedResource] | Unset = UNSET
    volume_snapshots: list[DestroyedAssociatedResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reserved_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reserved_ips, Unset):
            reserved_ips = []
            for reserved_ips_item_data in self.reserved_ips:
                reserved_ips_item = reserved_ips_item_data.to_dict()
                reserved_ips.append(reserved_ips_item)

        floating_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.floating_ips, Unset):
            floating_ips = []
            for floating_ips_item_data in self.floating_ips:
                floating_ips_item = floating_ips_item_data.to_dict()
                floating_ips.append(floating_ips_item)

        snapshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.snapshots, Unset):
            snapshots = []
            for snapshots_item_data in self.snapshots:
                snapshots_item = snapshots_item_data.to_dict()
                snapshots.append(snapshots_item)

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        volume_snapshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volume_snapshots, Unset):
            volume_snapshots = []
            for volume_snapshots_item_data in self.volume_snapshots:
                volume_snapshots_item = volume_snapshots_item_data.to_dict()
                volume_snapshots.append(volume_snapshots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reserved_ips is not UNSET:
            field_dict["reserved_ips"] = reserved_ips
        if floating_ips is not UNSET:
            field_dict["floating_ips"] = floating_ips
        if snapshots is not UNSET:
            field_dict["snapshots"] = snapshots
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if volume_snapshots is not UNSET:
            field_dict["volume_snapshots"] = volume_snapshots

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destroyed_associated_resource import DestroyedAssociatedResource

        d = dict(src_dict)
        _reserved_ips = d.pop("reserved_ips", UNSET)
        reserved_ips: list[DestroyedAssociatedResource] | Unset = UNSET
        if _reserved_ips is not UNSET:
            reserved_ips = []
            for reserved_ips_item_data in _reserved_ips:
                reserved_ips_item = DestroyedAssociatedResource.from_dict(
                    reserved_ips_item_data
                )

                reserved_ips.append(reserved_ips_item)

        _floating_ips = d.pop("floating_ips", UNSET)
        floating_ips: list[DestroyedAssociatedResource] | Unset = UNSET
        if _floating_ips is not UNSET:
            floating_ips = []
            for floating_ips_item_data in _floating_ips:
                floating_ips_item = DestroyedAssociatedResource.from_dict(
                    floating_ips_item_data
                )

                floating_ips.append(floating_ips_item)

        _snapshots = d.pop("snapshots", UNSET)
        snapshots: list[DestroyedAssociatedResource] | Unset = UNSET
        if _snapshots is not UNSET:
            snapshots = []
            for snapshots_item_data in _snapshots:
                snapshots_item = DestroyedAssociatedResource.from_dict(
                    snapshots_item_data
                )

                snapshots.append(snapshots_item)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[DestroyedAssociatedResource] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = DestroyedAssociatedResource.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _volume_snapshots = d.pop("volume_snapshots", UNSET)
        volume_snapshots: list[DestroyedAssociatedResource] | Unset = UNSET
        if _volume_snapshots is not UNSET:
            volume_snapshots = []
            for volume_snapshots_item_data in _volume_snapshots:
                volume_snapshots_item = DestroyedAssociatedResource.from_dict(
                    volume_snapshots_item_data
                )

                volume_snapshots.append(volume_snapshots_item)

        associated_resource_status_resources = cls(
            reserved_ips=reserved_ips,
            floating_ips=floating_ips,
            snapshots=snapshots,
            volumes=volumes,
            volume_snapshots=volume_snapshots,
        )

        associated_resource_status_resources.additional_properties = d
        return associated_resource_status_resources

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
