from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubernetes_node_pool import KubernetesNodePool


T = TypeVar("T", bound="KubernetesListNodePoolsResponse200")


@_attrs_define
class KubernetesListNodePoolsResponse200:
    """
    Attributes:
        node_pools (list[KubernetesNodePool] | Unset):
    """

    node_pools: list[KubernetesNodePool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_pools, Unset):
            node_pools = []
            for node_pools_item_data in self.node_pools:
                node_pools_item = node_pools_item_data.to_dict()
                node_pools.append(node_pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_pools is not UNSET:
            field_dict["node_pools"] = node_pools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kubernetes_node_pool import KubernetesNodePool

        d = dict(src_dict)
        _node_pools = d.pop("node_pools", UNSET)
        node_pools: list[KubernetesNodePool] | Unset = UNSET
        if _node_pools is not UNSET:
            node_pools = []
            for node_pools_item_data in _node_pools:
                node_pools_item = KubernetesNodePool.from_dict(node_pools_item_data)

                node_pools.append(node_pools_item)

        kubernetes_list_node_pools_response_200 = cls(
            node_pools=node_pools,
        )

        kubernetes_list_node_pools_response_200.additional_properties = d
        return kubernetes_list_node_pools_response_200

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
