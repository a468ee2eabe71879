from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cdn_endpoint_ttl import CdnEndpointTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="CdnEndpoint")


@_attrs_define
class CdnEndpoint:
    """
    Attributes:
        origin (str): The fully qualified domain name (FQDN) for the origin server which provides the content for the
            CDN. This is currently restricted to a Space. Example: static-images.nyc3.digitaloceanspaces.com.
        id (UUID | Unset): A unique ID that can be used to identify and reference a CDN endpoint. Example:
            892071a0-bb95-49bc-8021-3afd67a210bf.
        endpoint (str | Unset): The fully qualified domain name (FQDN) from which the CDN-backed content is served.
            Example: static-images.nyc3.cdn.digitaloceanspaces.com.
        ttl (CdnEndpointTtl | Unset): The amount of time the content is cached by the CDN's edge servers in seconds. TTL
            must be one of 60, 600, 3600, 86400, or 604800. Defaults to 3600 (one hour) when excluded. Default:
            CdnEndpointTtl.VALUE_3600. Example: 3600.
        certificate_id (UUID | Unset): The ID of a DigitalOcean managed TLS certificate used for SSL when a custom
            subdomain is provided. Example: 892071a0-bb95-49bc-8021-3afd67a210bf.
        custom_domain (str | Unset): The fully qualified domain name (FQDN) of the custom subdomain used with the CDN
            endpoint. Example: static.example.com.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the CDN endpoint was created. Example: 2018-03-21T16:02:37Z.
    """

    origin: str
    id: UUID | Unset = UNSET
    endpoint: str | Unset = UNSET
    ttl: CdnEndpointTtl | Unset = CdnEndpointTtl.VALUE_3600
    certificate_id: UUID | Unset = UNSET
    custom_domain: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        origin = self.origin

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        endpoint = self.endpoint

        ttl: int | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.value

        certificate_id: str | Unset = UNSET
        if not isinstance(self.certificate_id, Unset):
            certificate_id = str(self.certificate_id)

        custom_domain = self.custom_domain

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin": origin,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if certificate_id is not UNSET:
            field_dict["certificate_id"] = certificate_id
        if custom_domain is not UNSET:
            field_dict["custom_domain"] = custom_domain
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        origin = d.pop("origin")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        endpoint = d.pop("endpoint", UNSET)

        _ttl = d.pop("ttl", UNSET)
        ttl: CdnEndpointTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = CdnEndpointTtl(_ttl)

        _certificate_id = d.pop("certificate_id", UNSET)
        certificate_id: UUID | Unset
        if isinstance(_certificate_id, Unset):
            certificate_id = UNSET
        else:
            certificate_id = UUID(_certificate_id)

        custom_domain = d.pop("custom_domain", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        cdn_endpoint = cls(
            origin=origin,
            id=id,
            endpoint=endpoint,
            ttl=ttl,
            certificate_id=certificate_id,
            custom_domain=custom_domain,
            created_at=created_at,
        )

        cdn_endpoint.additional_properties = d
        return cdn_endpoint

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
