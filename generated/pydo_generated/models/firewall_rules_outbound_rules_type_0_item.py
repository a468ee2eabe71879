from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.firewall_rule_base_protocol import FirewallRuleBaseProtocol

if TYPE_CHECKING:
    from ..models.firewall_rules_outbound_rules_type_0_item_destinations import (
        FirewallRulesOutboundRulesType0ItemDestinations,
    )


T = TypeVar("T", bound="FirewallRulesOutboundRulesType0Item")


@_attrs_define
class FirewallRulesOutboundRulesType0Item:
    """
    Attributes:
        protocol (FirewallRuleBaseProtocol): The type of traffic to be allowed. This may be one of `tcp`, `udp`, or
            `icmp`. Example: tcp.
        ports (str): The ports on which traffic will be allowed specified as a string containing a single port, a range
            (e.g. "8000-9000"), or "0" when all ports are open for a protocol. For ICMP rules this parameter will always
            return "0". Example: 8000.
        destinations (FirewallRulesOutboundRulesType0ItemDestinations):
    """

    protocol: FirewallRuleBaseProtocol
    ports: str
    destinations: FirewallRulesOutboundRulesType0ItemDestinations
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol.value

        ports = self.ports

        destinations = self.destinations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "ports": ports,
                "destinations": destinations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.firewall_rules_outbound_rules_type_0_item_destinations import (
            FirewallRulesOutboundRulesType0ItemDestinations,
        )

        d = dict(src_dict)
        protocol = FirewallRuleBaseProtocol(d.pop("protocol"))

        ports = d.pop("ports")

        destinations = FirewallRulesOutboundRulesType0ItemDestinations.from_dict(
            d.pop("destinations")
        )

        firewall_rules_outbound_rules_type_0_item = cls(
            protocol=protocol,
            ports=ports,
            destinations=destinations,
        )

        firewall_rules_outbound_rules_type_0_item.additional_properties = d
        return firewall_rules_outbound_rules_type_0_item

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
