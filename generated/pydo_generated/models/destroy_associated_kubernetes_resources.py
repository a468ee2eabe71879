from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DestroyAssociatedKubernetesResources")


@_attrs_define
class DestroyAssociatedKubernetesResources:
    """An object containing the IDs of resources to be destroyed along with their associated with a Kubernetes cluster.

    Attributes:
        load_balancers (list[str] | Unset): A list of IDs for associated load balancers to destroy along with the
            cluster. Example: ['4de7ac8b-495b-4884-9a69-1050c6793cd6'].
        volumes (list[str] | Unset): A list of IDs for associated volumes to destroy along with the cluster. Example:
            ['ba49449a-7435-11ea-b89e-0a58ac14480f'].
        volume_snapshots (list[str] | Unset): A list of IDs for associated volume snapshots to destroy along with the
            cluster. Example: ['edb0478d-7436-11ea-86e6-0a58ac144b91'].
    """

    load_balancers: list[str] | Unset = UNSET
    volumes: list[str] | Unset = UNSET
    volume_snapshots: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_balancers: list[str] | Unset = UNSET
        if not isinstance(self.load_balancers, Unset):
            load_balancers = self.load_balancers

        volumes: list[str] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes

        volume_snapshots: list[str] | Unset = UNSET
        if not isinstance(self.volume_snapshots, Unset):
            volume_snapshots = self.volume_snapshots

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
        d = dict(src_dict)
        load_balancers = cast(list[str], d.pop("load_balancers", UNSET))

        volumes = cast(list[str], d.pop("volumes", UNSET))

        volume_snapshots = cast(list[str], d.pop("volume_snapshots", UNSET))

        destroy_associated_kubernetes_resources = cls(
            load_balancers=load_balancers,
            volumes=volumes,
            volume_snapshots=volume_snapshots,
        )

        destroy_associated_kubernetes_resources.additional_properties = d
        return destroy_associated_kubernetes_resources

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
