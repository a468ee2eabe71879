from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NfsRequest")


@_attrs_define
class NfsRequest:
    """
    Attributes:
        name (str): The human-readable name of the share. Example: my-nfs-share.
        size_gib (int): The desired/provisioned size of the share in GiB (Gibibytes). Must be >= 50. Example: 50.
        region (str): The DigitalOcean region slug (e.g., nyc2, atl1) where the NFS share resides. Example: atl1.
        vpc_ids (list[str]): List of VPC IDs that should be able to access the share. Example:
            ['796c6fe3-2a1d-4da2-9f3e-38239827dc91'].
        performance_tier (str | Unset): The performance tier of the share. Example: standard.
    """

    name: str
    size_gib: int
    region: str
    vpc_ids: list[str]
    performance_tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size_gib = self.size_gib

        region = self.region

        vpc_ids = self.vpc_ids

        performance_tier = self.performance_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "size_gib": size_gib,
                "region": region,
                "vpc_ids": vpc_ids,
            }
        )
        if performance_tier is not UNSET:
            field_dict["performance_tier"] = performance_tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        size_gib = d.pop("size_gib")

        region = d.pop("region")

        vpc_ids = cast(list[str], d.pop("vpc_ids"))

        performance_tier = d.pop("performance_tier", UNSET)

        nfs_request = cls(
            name=name,
            size_gib=size_gib,
            region=region,
            vpc_ids=vpc_ids,
            performance_tier=performance_tier,
        )

        nfs_request.additional_properties = d
        return nfs_request

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
