from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DestroyedAssociatedResource")


@_attrs_define
class DestroyedAssociatedResource:
    """An object containing information about a resource scheduled for deletion.

    Attributes:
        id (str | Unset): The unique identifier for the resource scheduled for deletion. Example: 61486916.
        name (str | Unset): The name of the resource scheduled for deletion. Example: ubuntu-s-1vcpu-1gb-
            nyc1-01-1585758823330.
        destroyed_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format indicating
            when the resource was destroyed if the request was successful. Example: 2020-04-01T18:11:49Z.
        error_message (str | Unset): A string indicating that the resource was not successfully destroyed and providing
            additional information. Example:  .
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    destroyed_at: datetime.datetime | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        destroyed_at: str | Unset = UNSET
        if not isinstance(self.destroyed_at, Unset):
            destroyed_at = self.destroyed_at.isoformat()

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if destroyed_at is not UNSET:
            field_dict["destroyed_at"] = destroyed_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _destroyed_at = d.pop("destroyed_at", UNSET)
        destroyed_at: datetime.datetime | Unset
        if isinstance(_destroyed_at, Unset):
            destroyed_at = UNSET
        else:
            destroyed_at = datetime.datetime.fromisoformat(_destroyed_at)

        error_message = d.pop("error_message", UNSET)

        destroyed_associated_resource = cls(
            id=id,
            name=name,
            destroyed_at=destroyed_at,
            error_message=error_message,
        )

        destroyed_associated_resource.additional_properties = d
        return destroyed_associated_resource

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
