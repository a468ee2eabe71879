from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociatedResource")


@_attrs_define
class AssociatedResource:
    """An objects containing information about a resource associated with a Droplet.

    Attributes:
        id (str | Unset): The unique identifier for the resource associated with the Droplet. Example: 61486916.
        name (str | Unset): The name of the resource associated with the Droplet. Example: ubuntu-s-1vcpu-1gb-
            nyc1-01-1585758823330.
        cost (str | Unset): The cost of the resource in USD per month if the resource is retained after the Droplet is
            destroyed. Example: 0.05.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    cost: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        cost = d.pop("cost", UNSET)

        associated_resource = cls(
            id=id,
            name=name,
            cost=cost,
        )

        associated_resource.additional_properties = d
        return associated_resource

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
