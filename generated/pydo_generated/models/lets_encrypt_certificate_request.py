from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_create_base_type import CertificateCreateBaseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LetsEncryptCertificateRequest")


@_attrs_define
class LetsEncryptCertificateRequest:
    """
    Attributes:
        name (str): A unique human-readable name referring to a certificate. Example: web-cert-01.
        dns_names (list[str]): An array of fully qualified domain names (FQDNs) for which the certificate was issued. A
            certificate covering all subdomains can be issued using a wildcard (e.g. `*.example.com`). Example:
            ['www.example.com', 'example.com'].
        type_ (CertificateCreateBaseType | Unset): A string representing the type of the certificate. The value will be
            `custom` for a user-uploaded certificate or `lets_encrypt` for one automatically generated with Let's Encrypt.
            Example: lets_encrypt.
    """

    name: str
    dns_names: list[str]
    type_: CertificateCreateBaseType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dns_names = self.dns_names

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "dns_names": dns_names,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        dns_names = cast(list[str], d.pop("dns_names"))

        _type_ = d.pop("type", UNSET)
        type_: CertificateCreateBaseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CertificateCreateBaseType(_type_)

        lets_encrypt_certificate_request = cls(
            name=name,
            dns_names=dns_names,
            type_=type_,
        )

        lets_encrypt_certificate_request.additional_properties = d
        return lets_encrypt_certificate_request

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
