from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_attachment_bgp import PartnerAttachmentBgp


T = TypeVar("T", bound="PartnerAttachment")


@_attrs_define
class PartnerAttachment:
    """
    Attributes:
        id (str | Unset): A unique ID that can be used to identify and reference the partner attachment. Example:
            5a4981aa-9653-4bd1-bef5-d6bff52042e4.
        name (str | Unset): The name of the partner attachment. Must be unique and may only contain alphanumeric
            characters, dashes, and periods. Example: env.prod-partner-network-connect.
        state (str | Unset): The current operational state of the attachment. Example: active.
        connection_bandwidth_in_mbps (int | Unset): The bandwidth (in Mbps) of the connection. Example: 1000.
        region (str | Unset): The region where the partner attachment is located. Example: nyc.
        naas_provider (str | Unset): The Network as a Service (NaaS) provider for the partner attachment. Example:
            megaport.
        vpc_ids (list[str] | Unset): An array of VPC network IDs. Example: ['c140286f-e6ce-4131-8b7b-df4590ce8d6a',
            '994a2735-dc84-11e8-80bc-3cfdfea9fba1'].
        bgp (PartnerAttachmentBgp | Unset): The BGP configuration for the partner attachment.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format. Example:
            2020-03-13T19:20:47.442049222Z.
        parent_uuid (str | Unset): Associated partner attachment UUID Example: 34259a41-0ca6-4a6b-97dd-a22bcab900dd.
        children (list[str] | Unset): An array of associated partner attachment UUIDs. Example:
            ['ee1ad867-7026-44a5-bfcc-2587b52e1291'].
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    state: str | Unset = UNSET
    connection_bandwidth_in_mbps: int | Unset = UNSET
    region: str | Unset = UNSET
    naas_provider: str | Unset = UNSET
    vpc_ids: list[str] | Unset = UNSET
    bgp: PartnerAttachmentBgp | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    parent_uuid: str | Unset = UNSET
    children: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state = self.state

        connection_bandwidth_in_mbps = self.connection_bandwidth_in_mbps

        region = self.region

        naas_provider = self.naas_provider

        vpc_ids: list[str] | Unset = UNSET
        if not isinstance(self.vpc_ids, Unset):
            vpc_ids = self.vpc_ids

        bgp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bgp, Unset):
            bgp = self.bgp.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        parent_uuid = self.parent_uuid

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if connection_bandwidth_in_mbps is not UNSET:
            field_dict["connection_bandwidth_in_mbps"] = connection_bandwidth_in_mbps
        if region is not UNSET:
            field_dict["region"] = region
        if naas_provider is not UNSET:
            field_dict["naas_provider"] = naas_provider
        if vpc_ids is not UNSET:
            field_dict["vpc_ids"] = vpc_ids
        if bgp is not UNSET:
            field_dict["bgp"] = bgp
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if parent_uuid is not UNSET:
            field_dict["parent_uuid"] = parent_uuid
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_attachment_bgp import PartnerAttachmentBgp

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        state = d.pop("state", UNSET)

        connection_bandwidth_in_mbps = d.pop("connection_bandwidth_in_mbps", UNSET)

        region = d.pop("region", UNSET)

        naas_provider = d.pop("naas_provider", UNSET)

        vpc_ids = cast(list[str], d.pop("vpc_ids", UNSET))

        _bgp = d.pop("bgp", UNSET)
        bgp: PartnerAttachmentBgp | Unset
        if isinstance(_bgp, Unset):
            bgp = UNSET
        else:
            bgp = PartnerAttachmentBgp.from_dict(_bgp)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        parent_uuid = d.pop("parent_uuid", UNSET)

        children = cast(list[str], d.pop("children", UNSET))

        partner_attachment = cls(
            id=id,
            name=name,
            state=state,
            connection_bandwidth_in_mbps=connection_bandwidth_in_mbps,
            region=region,
            naas_provider=naas_provider,
            vpc_ids=vpc_ids,
            bgp=bgp,
            created_at=created_at,
            parent_uuid=parent_uuid,
            children=children,
        )

        partner_attachment.additional_properties = d
        return partner_attachment

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
