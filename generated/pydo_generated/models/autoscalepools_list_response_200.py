from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoscale_pool import AutoscalePool
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="AutoscalepoolsListResponse200")


@_attrs_define
class AutoscalepoolsListResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        autoscale_pools (list[AutoscalePool] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    autoscale_pools: list[AutoscalePool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        autoscale_pools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.autoscale_pools, Unset):
            autoscale_pools = []
            for autoscale_pools_item_data in self.autoscale_pools:
                autoscale_pools_item = autoscale_pools_item_data.to_dict()
                autoscale_pools.append(autoscale_pools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if autoscale_pools is not UNSET:
            field_dict["autoscale_pools"] = autoscale_pools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.autoscale_pool import AutoscalePool
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

        _autoscale_pools = d.pop("autoscale_pools", UNSET)
        autoscale_pools: list[AutoscalePool] | Unset = UNSET
        if _autoscale_pools is not UNSET:
            autoscale_pools = []
            for autoscale_pools_item_data in _autoscale_pools:
                autoscale_pools_item = AutoscalePool.from_dict(
                    autoscale_pools_item_data
                )

                autoscale_pools.append(autoscale_pools_item)

        autoscalepools_list_response_200 = cls(
            meta=meta,
            links=links,
            autoscale_pools=autoscale_pools,
        )

        autoscalepools_list_response_200.additional_properties = d
        return autoscalepools_list_response_200

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
