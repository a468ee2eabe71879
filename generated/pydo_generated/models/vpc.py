from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Vpc")


@_attrs_define
class Vpc:
    """
    Attributes:
        name (str | Unset): The name of the VPC. Must be unique and may only contain alphanumeric characters, dashes,
            and periods. Example: env.prod-vpc.
        description (str | Unset): A free-form text field for describing the VPC's purpose. It may be a maximum of 255
            characters. Example: VPC for production environment.
        region (str | Unset): The slug identifier for the region where the VPC will be created. Example: nyc1.
        ip_range (str | Unset): The range of IP addresses in the VPC in CIDR notation. Network ranges cannot overlap
            with other networks in the same account and must be in range of private addresses as defined in RFC1918. It may
            not be smaller than `/28` nor larger than `/16`. If no IP range is specified, a `/20` network range is generated
            that won't conflict with other VPC networks in your account. Example: 10.10.10.0/24.
        default (bool | Unset): A boolean value indicating whether or not the VPC is the default network for the region.
            All applicable resources are placed into the default VPC network unless otherwise specified during their
            creation. The `default` field cannot be unset from `true`. If you want to set a new default VPC network, update
            the `default` field of another VPC network in the same region. The previous network's `default` field will be
            set to `false` when a new default VPC has been defined. Example: True.
        id (UUID | Unset): A unique ID that can be used to identify and reference the VPC. Example:
            5a4981aa-9653-4bd1-bef5-d6bff52042e4.
        urn (str | Unset): The uniform resource name (URN) for the resource in the format do:resource_type:resource_id.
            Example: do:vpc:5a4981aa-9653-4bd1-bef5-d6bff52042e4.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format. Example:
            2020-03-13T19:20:47.442049222Z.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    region: str | Unset = UNSET
    ip_range: str | Unset = UNSET
    default: bool | Unset = UNSET
    id: UUID | Unset = UNSET
    urn: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        region = self.region

        ip_range = self.ip_range

        default = self.default

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        urn = self.urn

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if region is not UNSET:
            field_dict["region"] = region
        if ip_range is not UNSET:
            field_dict["ip_range"] = ip_range
        if default is not UNSET:
            field_dict["default"] = default
        if id is not UNSET:
            field_dict["id"] = id
        if urn is not UNSET:
            field_dict["urn"] = urn
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        region = d.pop("region", UNSET)

        ip_range = d.pop("ip_range", UNSET)

        default = d.pop("default", UNSET)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        urn = d.pop("urn", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        vpc = cls(
            name=name,
            description=description,
            region=region,
            ip_range=ip_range,
            default=default,
            id=id,
            urn=urn,
            created_at=created_at,
        )

        vpc.additional_properties = d
        return vpc

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
