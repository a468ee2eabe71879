from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_attachment import PartnerAttachment


T = TypeVar("T", bound="PartnerAttachmentsGetResponse200")


@_attrs_define
class PartnerAttachmentsGetResponse200:
    """
    Example:
        {'partner_attachment': {'id': '5a4981aa-9653-4bd1-bef5-d6bff52042e4', 'name': 'env.prod-partner-network-
            connect', 'state': 'CREATED', 'created_at': '2025-03-27T13:03:53Z', 'connection_bandwidth_in_mbps': 1000,
            'region': 'NYC', 'naas_provider': 'MEGAPORT', 'vpc_ids': ['796c6fe3-2a1d-4da2-9f3e-38239827dc91'], 'bgp':
            {'local_asn': 65000, 'local_router_ip': '2.2.2.2/29', 'peer_asn': 65001, 'peer_router_ip': '3.3.3.3/29'}}}

    Attributes:
        partner_attachment (PartnerAttachment | Unset):
    """

    partner_attachment: PartnerAttachment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner_attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_attachment, Unset):
            partner_attachment = self.partner_attachment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_attachment is not UNSET:
            field_dict["partner_attachment"] = partner_attachment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_attachment import PartnerAttachment

        d = dict(src_dict)
        _partner_attachment = d.pop("partner_attachment", UNSET)
        partner_attachment: PartnerAttachment | Unset
        if isinstance(_partner_attachment, Unset):
            partner_attachment = UNSET
        else:
            partner_attachment = PartnerAttachment.from_dict(_partner_attachment)

        partner_attachments_get_response_200 = cls(
            partner_attachment=partner_attachment,
        )

        partner_attachments_get_response_200.additional_properties = d
        return partner_attachments_get_response_200

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
