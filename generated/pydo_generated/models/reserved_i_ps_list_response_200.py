from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.reserved_ip import ReservedIp


T = TypeVar("T", bound="ReservedIPsListResponse200")


@_attrs_define
class ReservedIPsListResponse200:
    """
    Example:
        {'reserved_ips': [{'ip': '45.55.96.47', 'droplet': None, 'region': {'name': 'New York 3', 'slug': 'nyc3',
            'features': ['private_networking', 'backups', 'ipv6', 'metadata', 'install_agent', 'storage', 'image_transfer'],
            'available': True, 'sizes': ['s-1vcpu-1gb', 's-1vcpu-2gb', 's-1vcpu-3gb', 's-2vcpu-2gb', 's-3vcpu-1gb',
            's-2vcpu-4gb', 's-4vcpu-8gb', 's-6vcpu-16gb', 's-8vcpu-32gb', 's-12vcpu-48gb', 's-16vcpu-64gb', 's-20vcpu-96gb',
            's-24vcpu-128gb', 's-32vcpu-192g']}, 'locked': False, 'project_id': '746c6152-2fa2-11ed-92d3-27aaa54e4988'}],
            'links': {}, 'meta': {'total': 1}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        reserved_ips (list[ReservedIp] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    reserved_ips: list[ReservedIp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        reserved_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reserved_ips, Unset):
            reserved_ips = []
            for reserved_ips_item_data in self.reserved_ips:
                reserved_ips_item = reserved_ips_item_data.to_dict()
                reserved_ips.append(reserved_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if reserved_ips is not UNSET:
            field_dict["reserved_ips"] = reserved_ips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.reserved_ip import ReservedIp

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _reserved_ips = d.pop("reserved_ips", UNSET)
        reserved_ips: list[ReservedIp] | Unset = UNSET
        if _reserved_ips is not UNSET:
            reserved_ips = []
            for reserved_ips_item_data in _reserved_ips:
                reserved_ips_item = ReservedIp.from_dict(reserved_ips_item_data)

                reserved_ips.append(reserved_ips_item)

        reserved_i_ps_list_response_200 = cls(
            meta=meta,
            links=links,
            reserved_ips=reserved_ips,
        )

        reserved_i_ps_list_response_200.additional_properties = d
        return reserved_i_ps_list_response_200

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
