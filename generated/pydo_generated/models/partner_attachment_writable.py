from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_attachment_writable_connection_bandwidth_in_mbps import (
    PartnerAttachmentWritableConnectionBandwidthInMbps,
)
from ..models.partner_attachment_writable_redundancy_zone import (
    PartnerAttachmentWritableRedundancyZone,
)
from ..models.partner_attachment_writable_region import PartnerAttachmentWritableRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_attachment_writable_bgp import PartnerAttachmentWritableBgp


T = TypeVar("T", bound="PartnerAttachmentWritable")


@_attrs_define
class PartnerAttachmentWritable:
    """
    Attributes:
        name (str): The name of the partner attachment. Must be unique and may only contain alphanumeric characters,
            dashes, and periods. Example: env.prod-partner-network-connect.
        connection_bandwidth_in_mbps (PartnerAttachmentWritableConnectionBandwidthInMbps): Bandwidth (in Mbps) of the
            connection. Example: 1000.
        region (PartnerAttachmentWritableRegion): The region to create the partner attachment. Example: nyc.
        naas_provider (str):  Example: megaport.
        vpc_ids (list[str]): An array of VPCs IDs. Example: ['c140286f-e6ce-4131-8b7b-df4590ce8d6a',
            '994a2735-dc84-11e8-80bc-3cfdfea9fba1'].
        parent_uuid (str | Unset): Optional associated partner attachment UUID Example:
            d594cf8d-8c79-4bc5-aec1-6f9b211506b3.
        bgp (PartnerAttachmentWritableBgp | Unset): Optional BGP configurations
        redundancy_zone (PartnerAttachmentWritableRedundancyZone | Unset): Optional redundancy zone for the partner
            attachment. Example: MEGAPORT_BLUE.
    """

    name: str
    connection_bandwidth_in_mbps: PartnerAttachmentWritableConnectionBandwidthInMbps
    region: PartnerAttachmentWritableRegion
    naas_provider: str
    vpc_ids: list[str]
    parent_uuid: str | Unset = UNSET
    bgp: PartnerAttachmentWritableBgp | Unset = UNSET
    redundancy_zone: PartnerAttachmentWritableRedundancyZone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connection_bandwidth_in_mbps = self.connection_bandwidth_in_mbps.value

        region = self.region.value

        naas_provider = self.naas_provider

        vpc_ids = self.vpc_ids

        parent_uuid = self.parent_uuid

        bgp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bgp, Unset):
            bgp = self.bgp.to_dict()

        redundancy_zone: str | Unset = UNSET
        if not isinstance(self.redundancy_zone, Unset):
            redundancy_zone = self.redundancy_zone.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "connection_bandwidth_in_mbps": connection_bandwidth_in_mbps,
                "region": region,
                "naas_provider": naas_provider,
                "vpc_ids": vpc_ids,
            }
        )
        if parent_uuid is not UNSET:
            field_dict["parent_uuid"] = parent_uuid
        if bgp is not UNSET:
            field_dict["bgp"] = bgp
        if redundancy_zone is not UNSET:
            field_dict["redundancy_zone"] = redundancy_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_attachment_writable_bgp import (
            PartnerAttachmentWritableBgp,
        )

        d = dict(src_dict)
        name = d.pop("name")

        connection_bandwidth_in_mbps = (
            PartnerAttachmentWritableConnectionBandwidthInMbps(
                d.pop("connection_bandwidth_in_mbps")
            )
        )

        region = PartnerAttachmentWritableRegion(d.pop("region"))

        naas_provider = d.pop("naas_provider")

        vpc_ids = cast(list[str], d.pop("vpc_ids"))

        parent_uuid = d.pop("parent_uuid", UNSET)

        _bgp = d.pop("bgp", UNSET)
        bgp: PartnerAttachmentWritableBgp | Unset
        if isinstance(_bgp, Unset):
            bgp = UNSET
        else:
            bgp = PartnerAttachmentWritableBgp.from_dict(_bgp)

        _redundancy_zone = d.pop("redundancy_zone", UNSET)
        redundancy_zone: PartnerAttachmentWritableRedundancyZone | Unset
        if isinstance(_redundancy_zone, Unset):
            redundancy_zone = UNSET
        else:
            redundancy_zone = PartnerAttachmentWritableRedundancyZone(_redundancy_zone)

        partner_attachment_writable = cls(
            name=name,
            connection_bandwidth_in_mbps=connection_bandwidth_in_mbps,
            region=region,
            naas_provider=naas_provider,
            vpc_ids=vpc_ids,
            parent_uuid=parent_uuid,
            bgp=bgp,
            redundancy_zone=redundancy_zone,
        )

        partner_attachment_writable.additional_properties = d
        return partner_attachment_writable

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
