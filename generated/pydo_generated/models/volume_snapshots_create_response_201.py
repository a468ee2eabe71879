from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snapshots import Snapshots


T = TypeVar("T", bound="VolumeSnapshotsCreateResponse201")


@_attrs_define
class VolumeSnapshotsCreateResponse201:
    """
    Example:
        {'snapshot': {'id': '8fa70202-873f-11e6-8b68-000f533176b1', 'name': 'big-data-snapshot1475261774', 'regions':
            ['nyc1'], 'created_at': '2020-09-30T18:56:14Z', 'resource_id': '82a48a18-873f-11e6-96bf-000f53315a41',
            'resource_type': 'volume', 'min_disk_size': 10, 'size_gigabytes': 10, 'tags': ['aninterestingtag']}}

    Attributes:
        snapshot (Snapshots | Unset):
    """

    snapshot: Snapshots | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snapshot, Unset):
            snapshot = self.snapshot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.snapshots import Snapshots

        d = dict(src_dict)
        _snapshot = d.pop("snapshot", UNSET)
        snapshot: Snapshots | Unset
        if isinstance(_snapshot, Unset):
            snapshot = UNSET
        else:
            snapshot = Snapshots.from_dict(_snapshot)

        volume_snapshots_create_response_201 = cls(
            snapshot=snapshot,
        )

        volume_snapshots_create_response_201.additional_properties = d
        return volume_snapshots_create_response_201

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
