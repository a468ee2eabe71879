from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_read import ClusterRead
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="KubernetesListClustersResponse200")


@_attrs_define
class KubernetesListClustersResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        kubernetes_clusters (list[ClusterRead] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    kubernetes_clusters: list[ClusterRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        kubernetes_clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kubernetes_clusters, Unset):
            kubernetes_clusters = []
            for kubernetes_clusters_item_data in self.kubernetes_clusters:
                kubernetes_clusters_item = kubernetes_clusters_item_data.to_dict()
                kubernetes_clusters.append(kubernetes_clusters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if kubernetes_clusters is not UNSET:
            field_dict["kubernetes_clusters"] = kubernetes_clusters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_read import ClusterRead
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _kubernetes_clusters = d.pop("kubernetes_clusters", UNSET)
        kubernetes_clusters: list[ClusterRead] | Unset = UNSET
        if _kubernetes_clusters is not UNSET:
            kubernetes_clusters = []
            for kubernetes_clusters_item_data in _kubernetes_clusters:
                kubernetes_clusters_item = ClusterRead.from_dict(
                    kubernetes_clusters_item_data
                )

                kubernetes_clusters.append(kubernetes_clusters_item)

        kubernetes_list_clusters_response_200 = cls(
            meta=meta,
            links=links,
            kubernetes_clusters=kubernetes_clusters,
        )

        kubernetes_list_clusters_response_200.additional_properties = d
        return kubernetes_list_clusters_response_200

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
