from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_attachments_get_service_key_response_200_service_key import (
        PartnerAttachmentsGetServiceKeyResponse200ServiceKey,
    )


T = TypeVar("T", bound="PartnerAttachmentsGetServiceKeyResponse200")


@_attrs_define
class PartnerAttachmentsGetServiceKeyResponse200:
    """
    Example:
        {'service_key': {'created_at': '2020-03-13T19:20:47.442049222Z', 'value':
            '5a4981aa-9653-4bd1-bef5-d6bff52042e4', 'state': 'CREATED'}}

    Attributes:
        service_key (PartnerAttachmentsGetServiceKeyResponse200ServiceKey | Unset):
    """

    service_key: PartnerAttachmentsGetServiceKeyResponse200ServiceKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_key, Unset):
            service_key = self.service_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_key is not UNSET:
            field_dict["service_key"] = service_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_attachments_get_service_key_response_200_service_key import (
            PartnerAttachmentsGetServiceKeyResponse200ServiceKey,
        )

        d = dict(src_dict)
        _service_key = d.pop("service_key", UNSET)
        service_key: PartnerAttachmentsGetServiceKeyResponse200ServiceKey | Unset
        if isinstance(_service_key, Unset):
            service_key = UNSET
        else:
            service_key = (
                PartnerAttachmentsGetServiceKeyResponse200ServiceKey.from_dict(
                    _service_key
                )
            )

        partner_attachments_get_service_key_response_200 = cls(
            service_key=service_key,
        )

        partner_attachments_get_service_key_response_200.additional_properties = d
        return partner_attachments_get_service_key_response_200

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
