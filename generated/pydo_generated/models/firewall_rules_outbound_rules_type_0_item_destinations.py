from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FirewallRulesOutboundRulesType0ItemDestinations")


@_attrs_define
class FirewallRulesOutboundRulesType0ItemDestinations:
    """
    Attributes:
        addresses (list[str] | Unset): An array of strings containing the IPv4 addresses, IPv6 addresses, IPv4 CIDRs,
            and/or IPv6 CIDRs to which the firewall will allow traffic. Example: ['1.2.3.4', '18.0.0.0/8'].
        droplet_ids (list[int] | Unset): An array containing the IDs of the Droplets to which the firewall will allow
            traffic. Example: [8043964].
        load_balancer_uids (list[str] | Unset): An array containing the IDs of the load balancers to which the firewall
            will allow traffic. Example: ['4de7ac8b-495b-4884-9a69-1050c6793cd6'].
        kubernetes_ids (list[str] | Unset): An array containing the IDs of the Kubernetes clusters to which the firewall
            will allow traffic. Example: ['41b74c5d-9bd0-5555-5555-a57c495b81a3'].
        tags (list[str] | None | Unset): A flat array of tag names as strings to be applied to the resource. Tag names
            must exist in order to be referenced in a request. <br><br>Requires `tag:create` and `tag:read` scopes. Example:
            ['base-image', 'prod'].
    """

    addresses: list[str] | Unset = UNSET
    droplet_ids: list[int] | Unset = UNSET
    load_balancer_uids: list[str] | Unset = UNSET
    kubernetes_ids: list[str] | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        droplet_ids: list[int] | Unset = UNSET
        if not isinstance(self.droplet_ids, Unset):
            droplet_ids = self.droplet_ids

        load_balancer_uids: list[str] | Unset = UNSET
        if not isinstance(self.load_balancer_uids, Unset):
            load_balancer_uids = self.load_balancer_uids

        kubernetes_ids: list[str] | Unset = UNSET
        if not isinstance(self.kubernetes_ids, Unset):
            kubernetes_ids = self.kubernetes_ids

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if droplet_ids is not UNSET:
            field_dict["droplet_ids"] = droplet_ids
        if load_balancer_uids is not UNSET:
            field_dict["load_balancer_uids"] = load_balancer_uids
        if kubernetes_ids is not UNSET:
            field_dict["kubernetes_ids"] = kubernetes_ids
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        addresses = cast(list[str], d.pop("addresses", UNSET))

        droplet_ids = cast(list[int], d.pop("droplet_ids", UNSET))

        load_balancer_uids = cast(list[str], d.pop("load_balancer_uids", UNSET))

        kubernetes_ids = cast(list[str], d.pop("kubernetes_ids", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemasexisting_tags_array_type_0 = cast(list[str], data)

                return componentsschemasexisting_tags_array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        firewall_rules_outbound_rules_type_0_item_destinations = cls(
            addresses=addresses,
            droplet_ids=droplet_ids,
            load_balancer_uids=load_balancer_uids,
            kubernetes_ids=kubernetes_ids,
            tags=tags,
        )

        firewall_rules_outbound_rules_type_0_item_destinations.additional_properties = d
        return firewall_rules_outbound_rules_type_0_item_destinations

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
