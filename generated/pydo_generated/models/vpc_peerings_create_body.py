from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VpcPeeringsCreateBody")


@_attrs_define
class VpcPeeringsCreateBody:
    """
    Attributes:
        name (str): The name of the VPC peering. Must be unique within the team and may only contain alphanumeric
            characters and dashes. Example: nyc1-blr1-peering.
        vpc_ids (list[UUID]): An array of the two peered VPCs IDs. Example: ['c140286f-e6ce-4131-8b7b-df4590ce8d6a',
            '994a2735-dc84-11e8-80bc-3cfdfea9fba1'].
    """

    name: str
    vpc_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vpc_ids = []
        for vpc_ids_item_data in self.vpc_ids:
            vpc_ids_item = str(vpc_ids_item_data)
            vpc_ids.append(vpc_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "vpc_ids": vpc_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        vpc_ids = []
        _vpc_ids = d.pop("vpc_ids")
        for vpc_ids_item_data in _vpc_ids:
            vpc_ids_item = UUID(vpc_ids_item_data)

            vpc_ids.append(vpc_ids_item)

        vpc_peerings_create_body = cls(
            name=name,
            vpc_ids=vpc_ids,
        )

        vpc_peerings_create_body.additional_properties = d
        return vpc_peerings_create_body

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
