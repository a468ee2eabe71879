from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FirewallPendingChangesItem")


@_attrs_define
class FirewallPendingChangesItem:
    """
    Attributes:
        droplet_id (int | Unset):  Example: 8043964.
        removing (bool | Unset):  Example: False.
        status (str | Unset):  Example: waiting.
    """

    droplet_id: int | Unset = UNSET
    removing: bool | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        droplet_id = self.droplet_id

        removing = self.removing

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if droplet_id is not UNSET:
            field_dict["droplet_id"] = droplet_id
        if removing is not UNSET:
            field_dict["removing"] = removing
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        droplet_id = d.pop("droplet_id", UNSET)

        removing = d.pop("removing", UNSET)

        status = d.pop("status", UNSET)

        firewall_pending_changes_item = cls(
            droplet_id=droplet_id,
            removing=removing,
            status=status,
        )

        firewall_pending_changes_item.additional_properties = d
        return firewall_pending_changes_item

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
