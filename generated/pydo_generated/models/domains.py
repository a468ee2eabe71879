from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Domains")


@_attrs_define
class Domains:
    """An object specifying domain configurations for a Global load balancer.

    Attributes:
        name (str | Unset): FQDN to associate with a Global load balancer. Example: example.com.
        is_managed (bool | Unset): A boolean value indicating if the domain is already managed by DigitalOcean. If true,
            all A and AAAA records required to enable Global load balancers will be automatically added. Example: True.
        certificate_id (str | Unset): The ID of the TLS certificate used for SSL termination. Example:
            892071a0-bb95-49bc-8021-3afd67a210bf.
    """

    name: str | Unset = UNSET
    is_managed: bool | Unset = UNSET
    certificate_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_managed = self.is_managed

        certificate_id = self.certificate_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if is_managed is not UNSET:
            field_dict["is_managed"] = is_managed
        if certificate_id is not UNSET:
            field_dict["certificate_id"] = certificate_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        is_managed = d.pop("is_managed", UNSET)

        certificate_id = d.pop("certificate_id", UNSET)

        domains = cls(
            name=name,
            is_managed=is_managed,
            certificate_id=certificate_id,
        )

        domains.additional_properties = d
        return domains

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
