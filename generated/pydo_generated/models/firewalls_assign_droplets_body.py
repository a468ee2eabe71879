from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FirewallsAssignDropletsBody")


@_attrs_define
class FirewallsAssignDropletsBody:
    """
    Attributes:
        droplet_ids (list[int]): An array containing the IDs of the Droplets to be assigned to the firewall. Example:
            [49696269].
    """

    droplet_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        droplet_ids = self.droplet_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "droplet_ids": droplet_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        droplet_ids = cast(list[int], d.pop("droplet_ids"))

        firewalls_assign_droplets_body = cls(
            droplet_ids=droplet_ids,
        )

        firewalls_assign_droplets_body.additional_properties = d
        return firewalls_assign_droplets_body

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
