from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.volume_full import VolumeFull


T = TypeVar("T", bound="VolumesCreateResponse201")


@_attrs_define
class VolumesCreateResponse201:
    """
    Example:
        {'volume': {'id': '506f78a4-e098-11e5-ad9f-000f53306ae1', 'region': {'name': 'New York 1', 'slug': 'nyc1',
            'sizes': ['s-1vcpu-1gb', 's-1vcpu-2gb', 's-1vcpu-3gb', 's-2vcpu-2gb', 's-3vcpu-1gb', 's-2vcpu-4gb',
            's-4vcpu-8gb', 's-6vcpu-16gb', 's-8vcpu-32gb', 's-12vcpu-48gb', 's-16vcpu-64gb', 's-20vcpu-96gb',
            's-24vcpu-128gb', 's-32vcpu-192gb'], 'features': ['private_networking', 'backups', 'ipv6', 'metadata'],
            'available': True}, 'droplet_ids': [], 'name': 'example', 'description': 'Block store for examples',
            'size_gigabytes': 10, 'filesystem_type': 'ext4', 'filesystem_label': 'example', 'created_at':
            '2020-03-02T17:00:49Z'}}

    Attributes:
        volume (VolumeFull | Unset):
    """

    volume: VolumeFull | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.volume_full import VolumeFull

        d = dict(src_dict)
        _volume = d.pop("volume", UNSET)
        volume: VolumeFull | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = VolumeFull.from_dict(_volume)

        volumes_create_response_201 = cls(
            volume=volume,
        )

        volumes_create_response_201.additional_properties = d
        return volumes_create_response_201

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
