from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubernetes_node_pool import KubernetesNodePool


T = TypeVar("T", bound="KubernetesAddNodePoolResponse201")


@_attrs_define
class KubernetesAddNodePoolResponse201:
    """
    Example:
        {'node_pool': {'id': 'cdda885e-7663-40c8-bc74-3a036c66545d', 'name': 'new-pool', 'size': 's-1vcpu-2gb', 'count':
            3, 'tags': ['production', 'web-team', 'front-end', 'k8s', 'k8s:bd5f5959-5e1e-4205-a714-a914373942af',
            'k8s:worker'], 'labels': None, 'taints': [], 'auto_scale': True, 'min_nodes': 3, 'max_nodes': 6, 'nodes':
            [{'id': '478247f8-b1bb-4f7a-8db9-2a5f8d4b8f8f', 'name': ' ', 'status': {'state': 'provisioning'}, 'droplet_id':
            ' ', 'created_at': '2018-11-15T16:00:11Z', 'updated_at': '2018-11-15T16:00:11Z'}, {'id':
            'ad12e744-c2a9-473d-8aa9-be5680500eb1', 'name': ' ', 'status': {'state': 'provisioning'}, 'droplet_id': ' ',
            'created_at': '2018-11-15T16:00:11Z', 'updated_at': '2018-11-15T16:00:11Z'}, {'id':
            'e46e8d07-f58f-4ff1-9737-97246364400e', 'name': ' ', 'status': {'state': 'provisioning'}, 'droplet_id': ' ',
            'created_at': '2018-11-15T16:00:11Z', 'updated_at': '2018-11-15T16:00:11Z'}]}}

    Attributes:
        node_pool (KubernetesNodePool | Unset):
    """

    node_pool: KubernetesNodePool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_pool, Unset):
            node_pool = self.node_pool.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_pool is not UNSET:
            field_dict["node_pool"] = node_pool

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kubernetes_node_pool import KubernetesNodePool

        d = dict(src_dict)
        _node_pool = d.pop("node_pool", UNSET)
        node_pool: KubernetesNodePool | Unset
        if isinstance(_node_pool, Unset):
            node_pool = UNSET
        else:
            node_pool = KubernetesNodePool.from_dict(_node_pool)

        kubernetes_add_node_pool_response_201 = cls(
            node_pool=node_pool,
        )

        kubernetes_add_node_pool_response_201.additional_properties = d
        return kubernetes_add_node_pool_response_201

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
