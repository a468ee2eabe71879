from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_state import CertificateState
from ..models.certificate_type import CertificateType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """
    Attributes:
        id (UUID | Unset): A unique ID that can be used to identify and reference a certificate. Example:
            892071a0-bb95-49bc-8021-3afd67a210bf.
        name (str | Unset): A unique human-readable name referring to a certificate. Example: web-cert-01.
        not_after (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents the certificate's expiration date. Example: 2017-02-22T00:23:00Z.
        sha1_fingerprint (str | Unset): A unique identifier generated from the SHA-1 fingerprint of the certificate.
            Example: dfcc9f57d86bf58e321c2c6c31c7a971be244ac7.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the certificate was created. Example: 2017-02-08T16:02:37Z.
        dns_names (list[str] | Unset): An array of fully qualified domain names (FQDNs) for which the certificate was
            issued. Example: ['www.example.com', 'example.com'].
        state (CertificateState | Unset): A string representing the current state of the certificate. It may be
            `pending`, `verified`, or `error`. Example: verified.
        type_ (CertificateType | Unset): A string representing the type of the certificate. The value will be `custom`
            for a user-uploaded certificate or `lets_encrypt` for one automatically generated with Let's Encrypt. Example:
            lets_encrypt.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    not_after: datetime.datetime | Unset = UNSET
    sha1_fingerprint: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dns_names: list[str] | Unset = UNSET
    state: CertificateState | Unset = UNSET
    type_: CertificateType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        not_after: str | Unset = UNSET
        if not isinstance(self.not_after, Unset):
            not_after = self.not_after.isoformat()

        sha1_fingerprint = self.sha1_fingerprint

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dns_names: list[str] | Unset = UNSET
        if not isinstance(self.dns_names, Unset):
            dns_names = self.dns_names

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if not_after is not UNSET:
            field_dict["not_after"] = not_after
        if sha1_fingerprint is not UNSET:
            field_dict["sha1_fingerprint"] = sha1_fingerprint
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dns_names is not UNSET:
            field_dict["dns_names"] = dns_names
        if state is not UNSET:
            field_dict["state"] = state
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        _not_after = d.pop("not_after", UNSET)
        not_after: datetime.datetime | Unset
        if isinstance(_not_after, Unset):
            not_after = UNSET
        else:
            not_after = datetime.datetime.fromisoformat(_not_after)

        sha1_fingerprint = d.pop("sha1_fingerprint", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dns_names = cast(list[str], d.pop("dns_names", UNSET))

        _state = d.pop("state", UNSET)
        state: CertificateState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CertificateState(_state)

        _type_ = d.pop("type", UNSET)
        type_: CertificateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CertificateType(_type_)

        certificate = cls(
            id=id,
            name=name,
            not_after=not_after,
            sha1_fingerprint=sha1_fingerprint,
            created_at=created_at,
            dns_names=dns_names,
            state=state,
            type_=type_,
        )

        certificate.additional_properties = d
        return certificate

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
