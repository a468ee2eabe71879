from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.firewall import Firewall
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="DropletsListFirewallsResponse200")


@_attrs_define
class DropletsListFirewallsResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        firewalls (list[Firewall] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    firewalls: list[Firewall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        firewalls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.firewalls, Unset):
            firewalls = []
            for firewalls_item_data in self.firewalls:
                firewalls_item = firewalls_item_data.to_dict()
                firewalls.append(firewalls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if firewalls is not UNSET:
            field_dict["firewalls"] = firewalls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.firewall import Firewall
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

        _firewalls = d.pop("firewalls", UNSET)
        firewalls: list[Firewall] | Unset = UNSET
        if _firewalls is not UNSET:
            firewalls = []
            for firewalls_item_data in _firewalls:
                firewalls_item = Firewall.from_dict(firewalls_item_data)

                firewalls.append(firewalls_item)

        droplets_list_firewalls_response_200 = cls(
            meta=meta,
            links=links,
            firewalls=firewalls,
        )

        droplets_list_firewalls_response_200.additional_properties = d
        return droplets_list_firewalls_response_200

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
