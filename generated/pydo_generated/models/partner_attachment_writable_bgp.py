from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PartnerAttachmentWritableBgp")


@_attrs_define
class PartnerAttachmentWritableBgp:
    """Optional BGP configurations

    Attributes:
        local_router_ip (str): IP of the DO router Example: 169.254.0.1/29.
        peer_router_ip (str): IP of the Naas Provider router Example: 169.254.0.6/29.
        peer_router_asn (int): ASN of the peer router Example: 64532.
        auth_key (str): BGP Auth Key Example: 0xsNnb1pwQlowdoMySEfWwk4I.
    """

    local_router_ip: str
    peer_router_ip: str
    peer_router_asn: int
    auth_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        local_router_ip = self.local_router_ip

        peer_router_ip = self.peer_router_ip

        peer_router_asn = self.peer_router_asn

        auth_key = self.auth_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "local_router_ip": local_router_ip,
                "peer_router_ip": peer_router_ip,
                "peer_router_asn": peer_router_asn,
                "auth_key": auth_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        local_router_ip = d.pop("local_router_ip")

        peer_router_ip = d.pop("peer_router_ip")

        peer_router_asn = d.pop("peer_router_asn")

        auth_key = d.pop("auth_key")

        partner_attachment_writable_bgp = cls(
            local_router_ip=local_router_ip,
            peer_router_ip=peer_router_ip,
            peer_router_asn=peer_router_asn,
            auth_key=auth_key,
        )

        partner_attachment_writable_bgp.additional_properties = d
        return partner_attachment_writable_bgp

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
