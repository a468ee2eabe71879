from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Backup")


@_attrs_define
class Backup:
    """
    Attributes:
        created_at (datetime.datetime): A time value given in ISO8601 combined date and time format at which the backup
            was created. Example: 2019-01-31T19:25:22Z.
        size_gigabytes (float): The size of the database backup in GBs. Example: 0.03364864.
        incremental (bool | Unset): Indicates if this backup is a full or an incremental one (available only for MySQL).
            Example: False.
    """

    created_at: datetime.datetime
    size_gigabytes: float
    incremental: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        size_gigabytes = self.size_gigabytes

        incremental = self.incremental

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "size_gigabytes": size_gigabytes,
            }
        )
        if incremental is not UNSET:
            field_dict["incremental"] = incremental

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        size_gigabytes = d.pop("size_gigabytes")

        incremental = d.pop("incremental", UNSET)

        backup = cls(
            created_at=created_at,
            size_gigabytes=size_gigabytes,
            incremental=incremental,
        )

        backup.additional_properties = d
        return backup

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
