from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainRecordNs")


@_attrs_define
class DomainRecordNs:
    """
    Attributes:
        type_ (str): The type of the DNS record. For example: A, CNAME, TXT, ... Example: NS.
        name (str): The host name, alias, or service being defined by the record. Example: @.
        data (str): Variable data depending on record type. For example, the "data" value for an A record would be the
            IPv4 address to which the domain will be mapped. For a CAA record, it would contain the domain name of the CA
            being granted permission to issue certificates. Example: ns1.digitalocean.com.
        flags (int | None): An unsigned integer between 0-255 used for CAA records.
        tag (None | str): The parameter tag for CAA records. Valid values are "issue", "issuewild", or "iodef"
        id (int | Unset): A unique identifier for each domain record. Example: 28448429.
        priority (int | None | Unset): The priority for SRV and MX records.
        port (int | None | Unset): The port for SRV records.
        ttl (int | Unset): This value is the time to live for the record, in seconds. This defines the time frame that
            clients can cache queried information before a refresh should be requested. Example: 1800.
        weight (int | None | Unset): The weight for SRV records.
    """

    type_: str
    name: str
    data: str
    flags: int | None
    tag: None | str
    id: int | Unset = UNSET
    priority: int | None | Unset = UNSET
    port: int | None | Unset = UNSET
    ttl: int | Unset = UNSET
    weight: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        data = self.data

        flags: int | None
        flags = self.flags

        tag: None | str
        tag = self.tag

        id = self.id

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

        ttl = self.ttl

        weight: int | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "data": data,
                "flags": flags,
                "tag": tag,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if port is not UNSET:
            field_dict["port"] = port
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        name = d.pop("name")

        data = d.pop("data")

        def _parse_flags(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        flags = _parse_flags(d.pop("flags"))

        def _parse_tag(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tag = _parse_tag(d.pop("tag"))

        id = d.pop("id", UNSET)

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

        ttl = d.pop("ttl", UNSET)

        def _parse_weight(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        domain_record_ns = cls(
            type_=type_,
            name=name,
            data=data,
            flags=flags,
            tag=tag,
            id=id,
            priority=priority,
            port=port,
            ttl=ttl,
            weight=weight,
        )

        domain_record_ns.additional_properties = d
        return domain_record_ns

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
