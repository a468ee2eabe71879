from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryBase")


@_attrs_define
class RegistryBase:
    """
    Attributes:
        name (str | Unset): A globally unique name for the container registry. Must be lowercase and be composed only of
            numbers, letters and `-`, up to a limit of 63 characters. Example: example.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the registry was created. Example: 2020-03-21T16:02:37Z.
        region (str | Unset): Slug of the region where registry data is stored Example: fra1.
        storage_usage_bytes (int | Unset): The amount of storage used in the registry in bytes. Example: 29393920.
        storage_usage_bytes_updated_at (datetime.datetime | Unset): The time at which the storage usage was updated.
            Storage usage is calculated asynchronously, and may not immediately reflect pushes to the registry. Example:
            2020-11-04T21:39:49.530562231Z.
    """

    name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    region: str | Unset = UNSET
    storage_usage_bytes: int | Unset = UNSET
    storage_usage_bytes_updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        region = self.region

        storage_usage_bytes = self.storage_usage_bytes

        storage_usage_bytes_updated_at: str | Unset = UNSET
        if not isinstance(self.storage_usage_bytes_updated_at, Unset):
            storage_usage_bytes_updated_at = (
                self.storage_usage_bytes_updated_at.isoformat()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if region is not UNSET:
            field_dict["region"] = region
        if storage_usage_bytes is not UNSET:
            field_dict["storage_usage_bytes"] = storage_usage_bytes
        if storage_usage_bytes_updated_at is not UNSET:
            field_dict["storage_usage_bytes_updated_at"] = (
                storage_usage_bytes_updated_at
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        region = d.pop("region", UNSET)

        storage_usage_bytes = d.pop("storage_usage_bytes", UNSET)

        _storage_usage_bytes_updated_at = d.pop("storage_usage_bytes_updated_at", UNSET)
        storage_usage_bytes_updated_at: datetime.datetime | Unset
        if isinstance(_storage_usage_bytes_updated_at, Unset):
            storage_usage_bytes_updated_at = UNSET
        else:
            storage_usage_bytes_updated_at = datetime.datetime.fromisoformat(
                _storage_usage_bytes_updated_at
            )

        registry_base = cls(
            name=name,
            created_at=created_at,
            region=region,
            storage_usage_bytes=storage_usage_bytes,
            storage_usage_bytes_updated_at=storage_usage_bytes_updated_at,
        )

        registry_base.additional_properties = d
        return registry_base

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
