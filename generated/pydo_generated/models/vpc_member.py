from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcMember")


@_attrs_define
class VpcMember:
    """
    Attributes:
        name (str | Unset): The name of the resource. Example: nyc1-load-balancer-01.
        urn (str | Unset): The uniform resource name (URN) for the resource in the format do:resource_type:resource_id.
            Example: do:droplet:13457723.
        created_at (str | Unset): A time value given in ISO8601 combined date and time format that represents when the
            resource was created. Example: 2020-03-13T19:30:48Z.
    """

    name: str | Unset = UNSET
    urn: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        urn = self.urn

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if urn is not UNSET:
            field_dict["urn"] = urn
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        urn = d.pop("urn", UNSET)

        created_at = d.pop("created_at", UNSET)

        vpc_member = cls(
            name=name,
            urn=urn,
            created_at=created_at,
        )

        vpc_member.additional_properties = d
        return vpc_member

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
