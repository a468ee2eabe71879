from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.size import Size


T = TypeVar("T", bound="SizesListResponse200")


@_attrs_define
class SizesListResponse200:
    """
    Example:
        {'sizes': [{'slug': 's-1vcpu-1gb', 'memory': 1024, 'vcpus': 1, 'disk': 25, 'transfer': 1, 'price_monthly': 5,
            'price_hourly': 0.00743999984115362, 'regions': ['ams2', 'ams3', 'blr1', 'fra1', 'lon1', 'nyc1', 'nyc2', 'nyc3',
            'sfo1', 'sfo2', 'sfo3', 'sgp1', 'tor1'], 'available': True, 'description': 'Basic', 'disk_info': [{'type':
            'local', 'size': {'amount': 25, 'unit': 'gib'}}]}], 'links': {'pages': {'last':
            'https://api.digitalocean.com/v2/sizes?page=64&per_page=1', 'next':
            'https://api.digitalocean.com/v2/sizes?page=2&per_page=1'}}, 'meta': {'total': 64}}

    Attributes:
        meta (MetaMeta):
        sizes (list[Size]):
        links (PageLinks | Unset):
    """

    meta: MetaMeta
    sizes: list[Size]
    links: PageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        sizes = []
        for sizes_item_data in self.sizes:
            sizes_item = sizes_item_data.to_dict()
            sizes.append(sizes_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "sizes": sizes,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.size import Size

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        sizes = []
        _sizes = d.pop("sizes")
        for sizes_item_data in _sizes:
            sizes_item = Size.from_dict(sizes_item_data)

            sizes.append(sizes_item)

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        sizes_list_response_200 = cls(
            meta=meta,
            sizes=sizes,
            links=links,
        )

        sizes_list_response_200.additional_properties = d
        return sizes_list_response_200

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
