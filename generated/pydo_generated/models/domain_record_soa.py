from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainRecordSoa")


@_attrs_define
class DomainRecordSoa:
    """
    Attributes:
        type_ (str): The type of the DNS record. For example: A, CNAME, TXT, ... Example: NS.
        ttl (int): This value is the time to live for the record, in seconds. This defines the time frame that clients
            can cache queried information before a refresh should be requested. Example: 1800.
        id (int | Unset): A unique identifier for each domain record. Example: 28448429.
        name (str | Unset): The host name, alias, or service being defined by the record. Example: @.
        data (str | Unset): Variable data depending on record type. For example, the "data" value for an A record would
            be the IPv4 address to which the domain will be mapped. For a CAA record, it would contain the domain name of
            the CA being granted permission to issue certificates. Example: ns1.digitalocean.com.
        priority (int | None | Unset): The priority for SRV and MX records.
        port (int | None | Unset): The port for SRV records.
        weight (int | None | Unset): The weight for SRV records.
        flags (int | None | Unset): An unsigned integer between 0-255 used for CAA records.
        tag (None | str | Unset): The parameter tag for CAA records. Valid values are "issue", "issuewild", or "iodef"
    """

    type_: str
    ttl: int
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    data: str | Unset = UNSET
    priority: int | None | Unset = UNSET
    port: int | None | Unset = UNSET
    weight: int | None | Unset = UNSET
    flags: int | None | Unset = UNSET
    tag: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ttl = self.ttl

        id = self.id

        name = self.name

        data = self.data

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        weight: int | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        flags: int | None | Unset
        if isinstance(self.flags, Unset):
            flags = UNSET
        else:
            flags = self.flags

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "ttl": ttl,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if priority is not UNSET:
            field_dict["priority"] = priority
        if port is not UNSET:
            field_dict["port"] = port
        if weight is not UNSET:
            field_dict["weight"] = weight
        if flags is not UNSET:
            field_dict["flags"] = flags
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        ttl = d.pop("ttl")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        data = d.pop("data", UNSET)

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_weight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_flags(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flags = _parse_flags(d.pop("flags", UNSET))

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        domain_record_soa = cls(
            type_=type_,
            ttl=ttl,
            id=id,
            name=name,
            data=data,
            priority=priority,
            port=port,
            weight=weight,
            flags=flags,
            tag=tag,
        )

        domain_record_soa.additional_properties = d
        return domain_record_soa

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
