from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate import Certificate


T = TypeVar("T", bound="CertificatesCreateResponse201")


@_attrs_define
class CertificatesCreateResponse201:
    """
    Attributes:
        certificate (Certificate | Unset):
    """

    certificate: Certificate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate, Unset):
            certificate = self.certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.certificate import Certificate

        d = dict(src_dict)
        _certificate = d.pop("certificate", UNSET)
        certificate: Certificate | Unset
        if isinstance(_certificate, Unset):
            certificate = UNSET
        else:
            certificate = Certificate.from_dict(_certificate)

        certificates_create_response_201 = cls(
            certificate=certificate,
        )

        certificates_create_response_201.additional_properties = d
        return certificates_create_response_201

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
