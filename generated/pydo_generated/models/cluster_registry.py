from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterRegistry")


@_attrs_define
class ClusterRegistry:
    """
    Attributes:
        cluster_uuids (list[str] | Unset): An array containing the UUIDs of Kubernetes clusters. Example:
            ['bd5f5959-5e1e-4205-a714-a914373942af', '50c2f44c-011d-493e-aee5-361a4a0d1844'].
    """

    cluster_uuids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_uuids: list[str] | Unset = UNSET
        if not isinstance(self.cluster_uuids, Unset):
            cluster_uuids = self.cluster_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_uuids is not UNSET:
            field_dict["cluster_uuids"] = cluster_uuids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cluster_uuids = cast(list[str], d.pop("cluster_uuids", UNSET))

        cluster_registry = cls(
            cluster_uuids=cluster_uuids,
        )

        cluster_registry.additional_properties = d
        return cluster_registry

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
