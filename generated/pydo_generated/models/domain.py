from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """
    Attributes:
        name (str | Unset): The name of the domain itself. This should follow the standard domain format of domain.TLD.
            For instance, `example.com` is a valid domain name. Example: example.com.
        ip_address (str | Unset): This optional attribute may contain an IP address. When provided, an A record will be
            automatically created pointing to the apex domain. Example: 192.0.2.1.
        ttl (int | None | Unset): This value is the time to live for the records on this domain, in seconds. This
            defines the time frame that clients can cache queried information before a refresh should be requested. Example:
            1800.
        zone_file (None | str | Unset): This attribute contains the complete contents of the zone file for the selected
            domain. Individual domain record resources should be used to get more granular control over records. However,
            this attribute can also be used to get information about the SOA record, which is created automatically and is
            not accessible as an individual record resource. Example: $ORIGIN example.com.
            $TTL 1800
            example.com. IN SOA ns1.digitalocean.com. hostmaster.example.com. 1415982609 10800 3600 604800 1800
            example.com. 1800 IN NS ns1.digitalocean.com.
            example.com. 1800 IN NS ns2.digitalocean.com.
            example.com. 1800 IN NS ns3.digitalocean.com.
            example.com. 1800 IN A 1.2.3.4
            .
    """

    name: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    ttl: int | None | Unset = UNSET
    zone_file: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ip_address = self.ip_address

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        zone_file: None | str | Unset
        if isinstance(self.zone_file, Unset):
            zone_file = UNSET
        else:
            zone_file = self.zone_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if zone_file is not UNSET:
            field_dict["zone_file"] = zone_file

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        def _parse_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        def _parse_zone_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone_file = _parse_zone_file(d.pop("zone_file", UNSET))

        domain = cls(
            name=name,
            ip_address=ip_address,
            ttl=ttl,
            zone_file=zone_file,
        )

        domain.additional_properties = d
        return domain

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
