from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerAttachmentBgp")


@_attrs_define
class PartnerAttachmentBgp:
    """The BGP configuration for the partner attachment.

    Attributes:
        local_asn (int | Unset): ASN of the local router. Example: 64532.
        peer_asn (int | Unset): ASN of the peer router Example: 64532.
        local_router_ip (str | Unset): IP of the DigitalOcean router Example: 169.254.0.1/29.
        peer_router_ip (str | Unset): IP of the peer router Example: 169.254.0.1/29.
    """

    local_asn: int | Unset = UNSET
    peer_asn: int | Unset = UNSET
    local_router_ip: str | Unset = UNSET
    peer_router_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        local_asn = self.local_asn

        peer_asn = self.peer_asn

        local_router_ip = self.local_router_ip

        peer_router_ip = self.peer_router_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if local_asn is not UNSET:
            field_dict["local_asn"] = local_asn
        if peer_asn is not UNSET:
            field_dict["peer_asn"] = peer_asn
        if local_router_ip is not UNSET:
            field_dict["local_router_ip"] = local_router_ip
        if peer_router_ip is not UNSET:
            field_dict["peer_router_ip"] = peer_router_ip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        local_asn = d.pop("local_asn", UNSET)

        peer_asn = d.pop("peer_asn", UNSET)

        local_router_ip = d.pop("local_router_ip", UNSET)

        peer_router_ip = d.pop("peer_router_ip", UNSET)

        partner_attachment_bgp = cls(
            local_asn=local_asn,
            peer_asn=peer_asn,
            local_router_ip=local_router_ip,
            peer_router_ip=peer_router_ip,
        )

        partner_attachment_bgp.additional_properties = d
        return partner_attachment_bgp

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
