from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_endpoint_ttl import UpdateEndpointTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEndpoint")


@_attrs_define
class UpdateEndpoint:
    """
    Attributes:
        ttl (UpdateEndpointTtl | Unset): The amount of time the content is cached by the CDN's edge servers in seconds.
            TTL must be one of 60, 600, 3600, 86400, or 604800. Defaults to 3600 (one hour) when excluded. Default:
            UpdateEndpointTtl.VALUE_3600. Example: 3600.
        certificate_id (UUID | Unset): The ID of a DigitalOcean managed TLS certificate used for SSL when a custom
            subdomain is provided. Example: 892071a0-bb95-49bc-8021-3afd67a210bf.
        custom_domain (str | Unset): The fully qualified domain name (FQDN) of the custom subdomain used with the CDN
            endpoint. Example: static.example.com.
    """

    ttl: UpdateEndpointTtl | Unset = UpdateEndpointTtl.VALUE_3600
    certificate_id: UUID | Unset = UNSET
    custom_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl: int | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.value

        certificate_id: str | Unset = UNSET
        if not isinstance(self.certificate_id, Unset):
            certificate_id = str(self.certificate_id)

        custom_domain = self.custom_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if certificate_id is not UNSET:
            field_dict["certificate_id"] = certificate_id
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _ttl = d.pop("ttl", UNSET)
        ttl: UpdateEndpointTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = UpdateEndpointTtl(_ttl)

        _certificate_id = d.pop("certificate_id", UNSET)
        certificate_id: UUID | Unset
        if isinstance(_certificate_id, Unset):
            certificate_id = UNSET
        else:
            certificate_id = UUID(_certificate_id)

        custom_domain = d.pop("custom_domain", UNSET)

        update_endpoint = cls(
            ttl=ttl,
            certificate_id=certificate_id,
            custom_domain=custom_domain,
        )

        update_endpoint.additional_properties = d
        return update_endpoint

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
