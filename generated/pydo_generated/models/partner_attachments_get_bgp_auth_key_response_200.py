from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_attachments_get_bgp_auth_key_response_200_bgp_auth_key import (
        PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey,
    )


T = TypeVar("T", bound="PartnerAttachmentsGetBgpAuthKeyResponse200")


@_attrs_define
class PartnerAttachmentsGetBgpAuthKeyResponse200:
    """
    Example:
        {'bgp_auth_key': {'value': 'secret'}}

    Attributes:
        bgp_auth_key (PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey | Unset):
    """

    bgp_auth_key: PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bgp_auth_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bgp_auth_key, Unset):
            bgp_auth_key = self.bgp_auth_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bgp_auth_key is not UNSET:
            field_dict["bgp_auth_key"] = bgp_auth_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_attachments_get_bgp_auth_key_response_200_bgp_auth_key import (
            PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey,
        )

        d = dict(src_dict)
        _bgp_auth_key = d.pop("bgp_auth_key", UNSET)
        bgp_auth_key: PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey | Unset
        if isinstance(_bgp_auth_key, Unset):
            bgp_auth_key = UNSET
        else:
            bgp_auth_key = (
                PartnerAttachmentsGetBgpAuthKeyResponse200BgpAuthKey.from_dict(
                    _bgp_auth_key
                )
            )

        partner_attachments_get_bgp_auth_key_response_200 = cls(
            bgp_auth_key=bgp_auth_key,
        )

        partner_attachments_get_bgp_auth_key_response_200.additional_properties = d
        return partner_attachments_get_bgp_auth_key_response_200

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
