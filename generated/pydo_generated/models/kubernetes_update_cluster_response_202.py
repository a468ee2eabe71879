from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster import Cluster


T = TypeVar("T", bound="KubernetesUpdateClusterResponse202")


@_attrs_define
class KubernetesUpdateClusterResponse202:
    """
    Attributes:
        kubernetes_cluster (Cluster | Unset):
    """

    kubernetes_cluster: Cluster | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kubernetes_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubernetes_cluster, Unset):
            kubernetes_cluster = self.kubernetes_cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kubernetes_cluster is not UNSET:
            field_dict["kubernetes_cluster"] = kubernetes_cluster

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster import Cluster

        d = dict(src_dict)
        _kubernetes_cluster = d.pop("kubernetes_cluster", UNSET)
        kubernetes_cluster: Cluster | Unset
        if isinstance(_kubernetes_cluster, Unset):
            kubernetes_cluster = UNSET
        else:
            kubernetes_cluster = Cluster.from_dict(_kubernetes_cluster)

        kubernetes_update_cluster_response_202 = cls(
            kubernetes_cluster=kubernetes_cluster,
        )

        kubernetes_update_cluster_response_202.additional_properties = d
        return kubernetes_update_cluster_response_202

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
