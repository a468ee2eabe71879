from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floating_ip import FloatingIp
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="FloatingIPsListResponse200")


@_attrs_define
class FloatingIPsListResponse200:
    """
    Example:
        {'floating_ips': [{'ip': '45.55.96.47', 'droplet': None, 'region': {'name': 'New York 3', 'slug': 'nyc3',
            'features': ['private_networking', 'backups', 'ipv6', 'metadata', 'install_agent', 'storage', 'image_transfer'],
            'available': True, 'sizes': ['s-1vcpu-1gb', 's-1vcpu-2gb', 's-1vcpu-3gb', 's-2vcpu-2gb', 's-3vcpu-1gb',
            's-2vcpu-4gb', 's-4vcpu-8gb', 's-6vcpu-16gb', 's-8vcpu-32gb', 's-12vcpu-48gb', 's-16vcpu-64gb', 's-20vcpu-96gb',
            's-24vcpu-128gb', 's-32vcpu-192g']}, 'locked': False, 'project_id': '746c6152-2fa2-11ed-92d3-27aaa54e4988'}],
            'links': {}, 'meta': {'total': 1}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        floating_ips (list[FloatingIp] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    floating_ips: list[FloatingIp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        floating_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.floating_ips, Unset):
            floating_ips = []
            for floating_ips_item_data in self.floating_ips:
                floating_ips_item = floating_ips_item_data.to_dict()
                floating_ips.append(floating_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if floating_ips is not UNSET:
            field_dict["floating_ips"] = floating_ips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.floating_ip import FloatingIp
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

        _floating_ips = d.pop("floating_ips", UNSET)
        floating_ips: list[FloatingIp] | Unset = UNSET
        if _floating_ips is not UNSET:
            floating_ips = []
            for floating_ips_item_data in _floating_ips:
                floating_ips_item = FloatingIp.from_dict(floating_ips_item_data)

                floating_ips.append(floating_ips_item)

        floating_i_ps_list_response_200 = cls(
            meta=meta,
            links=links,
            floating_ips=floating_ips,
        )

        floating_i_ps_list_response_200.additional_properties = d
        return floating_i_ps_list_response_200

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
