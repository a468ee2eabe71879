from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.region import Region


T = TypeVar("T", bound="RegionsListResponse200")


@_attrs_define
class RegionsListResponse200:
    """
    Example:
        {'regions': [{'name': 'New York 3', 'slug': 'nyc3', 'features': ['private_networking', 'backups', 'ipv6',
            'metadata', 'install_agent', 'storage', 'image_transfer'], 'available': True, 'sizes': ['s-1vcpu-1gb',
            's-1vcpu-2gb', 's-1vcpu-3gb', 's-2vcpu-2gb', 's-3vcpu-1gb', 's-2vcpu-4gb', 's-4vcpu-8gb', 's-6vcpu-16gb',
            's-8vcpu-32gb', 's-12vcpu-48gb', 's-16vcpu-64gb', 's-20vcpu-96gb', 's-24vcpu-128gb', 's-32vcpu-192g']}],
            'links': {'pages': {'last': 'https://api.digitalocean.com/v2/regions?page=13&per_page=1', 'next':
            'https://api.digitalocean.com/v2/regions?page=2&per_page=1'}}, 'meta': {'total': 13}}

    Attributes:
        meta (MetaMeta):
        regions (list[Region]):
        links (PageLinks | Unset):
    """

    meta: MetaMeta
    regions: list[Region]
    links: PageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "regions": regions,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.region import Region

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = Region.from_dict(regions_item_data)

            regions.append(regions_item)

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        regions_list_response_200 = cls(
            meta=meta,
            regions=regions,
            links=links,
        )

        regions_list_response_200.additional_properties = d
        return regions_list_response_200

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
