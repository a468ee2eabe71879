from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VpcsCreatePeeringsBody")


@_attrs_define
class VpcsCreatePeeringsBody:
    """
    Attributes:
        name (str): The name of the VPC peering. Must be unique and may only contain alphanumeric characters, dashes,
            and periods. Example: nyc1-blr1-peering.
        vpc_id (UUID): The ID of the VPC to peer with. Example: c140286f-e6ce-4131-8b7b-df4590ce8d6a.
    """

    name: str
    vpc_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vpc_id = str(self.vpc_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "vpc_id": vpc_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        vpc_id = UUID(d.pop("vpc_id"))

        vpcs_create_peerings_body = cls(
            name=name,
            vpc_id=vpc_id,
        )

        vpcs_create_peerings_body.additional_properties = d
        return vpcs_create_peerings_body

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
