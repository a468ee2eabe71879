from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forwarding_rule_entry_protocol import ForwardingRuleEntryProtocol
from ..models.forwarding_rule_target_protocol import ForwardingRuleTargetProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForwardingRule")


@_attrs_define
class ForwardingRule:
    """An object specifying a forwarding rule for a load balancer.

    Attributes:
        entry_protocol (ForwardingRuleEntryProtocol): The protocol used for traffic to the load balancer. The possible
            values are: `http`, `https`, `http2`, `http3`, `tcp`, or `udp`. If you set the  `entry_protocol` to `udp`, the
            `target_protocol` must be set to `udp`.  When using UDP, the load balancer requires that you set up a health
            check with a port that uses TCP, HTTP, or HTTPS to work properly.
             Example: https.
        entry_port (int): An integer representing the port on which the load balancer instance will listen. Example:
            443.
        target_protocol (ForwardingRuleTargetProtocol): The protocol used for traffic from the load balancer to the
            backend Droplets. The possible values are: `http`, `https`, `http2`, `tcp`, or `udp`. If you set the
            `target_protocol` to `udp`, the `entry_protocol` must be set to  `udp`. When using UDP, the load balancer
            requires that you set up a health  check with a port that uses TCP, HTTP, or HTTPS to work properly.
             Example: http.
        target_port (int): An integer representing the port on the backend Droplets to which the load balancer will send
            traffic. Example: 80.
        certificate_id (str | Unset): The ID of the TLS certificate used for SSL termination if enabled. Example:
            892071a0-bb95-49bc-8021-3afd67a210bf.
        tls_passthrough (bool | Unset): A boolean value indicating whether SSL encrypted traffic will be passed through
            to the backend Droplets. Example: False.
    """

    entry_protocol: ForwardingRuleEntryProtocol
    entry_port: int
    target_protocol: ForwardingRuleTargetProtocol
    target_port: int
    certificate_id: str | Unset = UNSET
    tls_passthrough: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_protocol = self.entry_protocol.value

        entry_port = self.entry_port

        target_protocol = self.target_protocol.value

        target_port = self.target_port

        certificate_id = self.certificate_id

        tls_passthrough = self.tls_passthrough

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry_protocol": entry_protocol,
                "entry_port": entry_port,
                "target_protocol": target_protocol,
                "target_port": target_port,
            }
        )
        if certificate_id is not UNSET:
            field_dict["certificate_id"] = certificate_id
        if tls_passthrough is not UNSET:
            field_dict["tls_passthrough"] = tls_passthrough

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entry_protocol = ForwardingRuleEntryProtocol(d.pop("entry_protocol"))

        entry_port = d.pop("entry_port")

        target_protocol = ForwardingRuleTargetProtocol(d.pop("target_protocol"))

        target_port = d.pop("target_port")

        certificate_id = d.pop("certificate_id", UNSET)

        tls_passthrough = d.pop("tls_passthrough", UNSET)

        forwarding_rule = cls(
            entry_protocol=entry_protocol,
            entry_port=entry_port,
            target_protocol=target_protocol,
            target_port=target_port,
            certificate_id=certificate_id,
            tls_passthrough=tls_passthrough,
        )

        forwarding_rule.additional_properties = d
        return forwarding_rule

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
