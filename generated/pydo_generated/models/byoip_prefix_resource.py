from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ByoipPrefixResource")


@_attrs_define
class ByoipPrefixResource:
    """
    Attributes:
        id (int | Unset): Unique identifier for the allocation Example: 10001.
        byoip (str | Unset): The BYOIP prefix UUID Example: f47ac10b-58cc-4372-a567-0e02b2c3d479.
        region (str | Unset): Region where the allocation is made Example: nyc3.
        resource (str | Unset): The resource associated with the allocation Example:
            do:droplet:fa3c10b-58cc-4372-a567-0e02b2c3d479.
        assigned_at (datetime.datetime | Unset): Time when the allocation was assigned Example: 2025-06-25T12:00:00Z.
    """

    id: int | Unset = UNSET
    byoip: str | Unset = UNSET
    region: str | Unset = UNSET
    resource: str | Unset = UNSET
    assigned_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        byoip = self.byoip

        region = self.region

        resource = self.resource

        assigned_at: str | Unset = UNSET
        if not isinstance(self.assigned_at, Unset):
            assigned_at = self.assigned_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if byoip is not UNSET:
            field_dict["byoip"] = byoip
        if region is not UNSET:
            field_dict["region"] = region
        if resource is not UNSET:
            field_dict["resource"] = resource
        if assigned_at is not UNSET:
            field_dict["assigned_at"] = assigned_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        byoip = d.pop("byoip", UNSET)

        region = d.pop("region", UNSET)

        resource = d.pop("resource", UNSET)

        _assigned_at = d.pop("assigned_at", UNSET)
        assigned_at: datetime.datetime | Unset
        if isinstance(_assigned_at, Unset):
            assigned_at = UNSET
        else:
            assigned_at = datetime.datetime.fromisoformat(_assigned_at)

        byoip_prefix_resource = cls(
            id=id,
            byoip=byoip,
            region=region,
            resource=resource,
            assigned_at=assigned_at,
        )

        byoip_prefix_resource.additional_properties = d
        return byoip_prefix_resource

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
