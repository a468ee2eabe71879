from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.firewall_rule_base_protocol import FirewallRuleBaseProtocol

T = TypeVar("T", bound="FirewallRuleBase")


@_attrs_define
class FirewallRuleBase:
    """
    Attributes:
        protocol (FirewallRuleBaseProtocol): The type of traffic to be allowed. This may be one of `tcp`, `udp`, or
            `icmp`. Example: tcp.
        ports (str): The ports on which traffic will be allowed specified as a string containing a single port, a range
            (e.g. "8000-9000"), or "0" when all ports are open for a protocol. For ICMP rules this parameter will always
            return "0". Example: 8000.
    """

    protocol: FirewallRuleBaseProtocol
    ports: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol.value

        ports = self.ports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
                "ports": ports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        protocol = FirewallRuleBaseProtocol(d.pop("protocol"))

        ports = d.pop("ports")

        firewall_rule_base = cls(
            protocol=protocol,
            ports=ports,
        )

        firewall_rule_base.additional_properties = d
        return firewall_rule_base

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
