from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubernetes_node_pool_base_labels_type_0 import (
        KubernetesNodePoolBaseLabelsType0,
    )
    from ..models.kubernetes_node_pool_taint import KubernetesNodePoolTaint
    from ..models.node import Node


T = TypeVar("T", bound="KubernetesNodePoolUpdate")


@_attrs_define
class KubernetesNodePoolUpdate:
    """
    Attributes:
        name (str): A human-readable name for the node pool. Example: frontend-pool.
        count (int): The number of Droplet instances in the node pool. Example: 3.
        id (UUID | Unset): A unique ID that can be used to identify and reference a specific node pool. Example:
            cdda885e-7663-40c8-bc74-3a036c66545d.
        tags (list[str] | Unset): An array containing the tags applied to the node pool. All node pools are
            automatically tagged `k8s`, `k8s-worker`, and `k8s:$K8S_CLUSTER_ID`. <br><br>Requires `tag:read` scope. Example:
            ['k8s', 'k8s:bd5f5959-5e1e-4205-a714-a914373942af', 'k8s-worker', 'production', 'web-team'].
        labels (KubernetesNodePoolBaseLabelsType0 | None | Unset): An object of key/value mappings specifying labels to
            apply to all nodes in a pool. Labels will automatically be applied to all existing nodes and any subsequent
            nodes added to the pool. Note that when a label is removed, it is not deleted from the nodes in the pool.
        taints (list[KubernetesNodePoolTaint] | Unset): An array of taints to apply to all nodes in a pool. Taints will
            automatically be applied to all existing nodes and any subsequent nodes added to the pool. When a taint is
            removed, it is deleted from all nodes in the pool.
        auto_scale (bool | Unset): A boolean value indicating whether auto-scaling is enabled for this node pool.
            Example: True.
        min_nodes (int | Unset): The minimum number of nodes that this node pool can be auto-scaled to. The value will
            be `0` if `auto_scale` is set to `false`. Example: 3.
        max_nodes (int | Unset): The maximum number of nodes that this node pool can be auto-scaled to. The value will
            be `0` if `auto_scale` is set to `false`. Example: 6.
        nodes (list[Node] | Unset): An object specifying the details of a specific worker node in a node pool.
    """

    name: str
    count: int
    id: UUID | Unset = UNSET
    tags: list[str] | Unset = UNSET
    labels: KubernetesNodePoolBaseLabelsType0 | None | Unset = UNSET
    taints: list[KubernetesNodePoolTaint] | Unset = UNSET
    auto_scale: bool | Unset = UNSET
    min_nodes: int | Unset = UNSET
    max_nodes: int | Unset = UNSET
    nodes: list[Node] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kubernetes_node_pool_base_labels_type_0 import (
            KubernetesNodePoolBaseLabelsType0,
        )

        name = self.name

        count = self.count

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, KubernetesNodePoolBaseLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        taints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taints, Unset):
            taints = []
            for taints_item_data in self.taints:
                taints_item = taints_item_data.to_dict()
                taints.append(taints_item)

        auto_scale = self.auto_scale

        min_nodes = self.min_nodes

        max_nodes = self.max_nodes

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "count": count,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if labels is not UNSET:
            field_dict["labels"] = labels
        if taints is not UNSET:
            field_dict["taints"] = taints
        if auto_scale is not UNSET:
            field_dict["auto_scale"] = auto_scale
        if min_nodes is not UNSET:
            field_dict["min_nodes"] = min_nodes
        if max_nodes is not UNSET:
            field_dict["max_nodes"] = max_nodes
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kubernetes_node_pool_base_labels_type_0 import (
            KubernetesNodePoolBaseLabelsType0,
        )
        from ..models.kubernetes_node_pool_taint import KubernetesNodePoolTaint
        from ..models.node import Node

        d = dict(src_dict)
        name = d.pop("name")

        count = d.pop("count")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_labels(
            data: object,
        ) -> KubernetesNodePoolBaseLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = KubernetesNodePoolBaseLabelsType0.from_dict(data)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KubernetesNodePoolBaseLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        _taints = d.pop("taints", UNSET)
        taints: list[KubernetesNodePoolTaint] | Unset = UNSET
        if _taints is not UNSET:
            taints = []
            for taints_item_data in _taints:
                taints_item = KubernetesNodePoolTaint.from_dict(taints_item_data)

                taints.append(taints_item)

        auto_scale = d.pop("auto_scale", UNSET)

        min_nodes = d.pop("min_nodes", UNSET)

        max_nodes = d.pop("max_nodes", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[Node] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = Node.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        kubernetes_node_pool_update = cls(
            name=name,
            count=count,
            id=id,
            tags=tags,
            labels=labels,
            taints=taints,
            auto_scale=auto_scale,
            min_nodes=min_nodes,
            max_nodes=max_nodes,
            nodes=nodes,
        )

        kubernetes_node_pool_update.additional_properties = d
        return kubernetes_node_pool_update

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
