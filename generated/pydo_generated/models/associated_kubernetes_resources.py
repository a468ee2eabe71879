from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.associated_kubernetes_resource import AssociatedKubernetesResource


T = TypeVar("T", bound="AssociatedKubernetesResources")


@_attrs_define
class AssociatedKubernetesResources:
    """An object containing the IDs of resources associated with a Kubernetes cluster.

    Attributes:
        load_balancers (list[AssociatedKubernetesResource] | Unset): A list of names and IDs for associated load
            balancers that can be destroyed along with the cluster. Example: [{'id': '4de7ac8b-495b-4884-9a69-1050c6793cd6',
            'name': 'lb-001'}].
        volumes (list[AssociatedKubernetesResource] | Unset): A list of names and IDs for associated volumes that can be
            destroyed along with the cluster. Example: [{'id': 'ba49449a-7435-11ea-b89e-0a58ac14480f', 'name':
            'volume-001'}].
        volume_snapshots (list[AssociatedKubernetesResource] | Unset): A list of names and IDs for associated volume
            snapshots that can be destroyed along with the cluster. Example: [{'id': 'edb0478d-7436-11ea-86e6-0a58ac144b91',
            'name': 'snapshot-001'}].
    """

    load_balancers: list[AssociatedKubernetesResource] | Unset = UNSET
    volumes: list[AssociatedKubernetesResource] | Unset = UNSET
    volume_snapshots: list[AssociatedKubernetesResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_balancers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.load_balancers, Unset):
            load_balancers = []
            for load_balancers_item_data in self.load_balancers:
                load_balancers_item = load_balancers_item_data.to_dict()
                load_balancers.append(load_balancers_item)

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
        if load_balancers is not UNSET:
            field_dict["load_balancers"] = load_balancers
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if volume_snapshots is not UNSET:
            field_dict["volume_snapshots"] = volume_snapshots

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.associated_kubernetes_resource import AssociatedKubernetesResource

        d = dict(src_dict)
        _load_balancers = d.pop("load_balancers", UNSET)
        load_balancers: list[AssociatedKubernetesResource] | Unset = UNSET
        if _load_balancers is not UNSET:
            load_balancers = []
            for load_balancers_item_data in _load_balancers:
                load_balancers_item = AssociatedKubernetesResource.from_dict(
                    load_balancers_item_data
                )

                load_balancers.append(load_balancers_item)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[AssociatedKubernetesResource] | Unset = UNSET
        if _volumes is not UNSET:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = AssociatedKubernetesResource.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _volume_snapshots = d.pop("volume_snapshots", UNSET)
        volume_snapshots: list[AssociatedKubernetesResource] | Unset = UNSET
        if _volume_snapshots is not UNSET:
            volume_snapshots = []
            for volume_snapshots_item_data in _volume_snapshots:
                volume_snapshots_item = AssociatedKubernetesResource.from_dict(
                    volume_snapshots_item_data
                )

                volume_snapshots.append(volume_snapshots_item)

        associated_kubernetes_resources = cls(
            load_balancers=load_balancers,
            volumes=volumes,
            volume_snapshots=volume_snapshots,
        )

        associated_kubernetes_resources.additional_properties = d
        return associated_kubernetes_resources

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
