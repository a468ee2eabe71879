from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_database_source import SourceDatabaseSource


T = TypeVar("T", bound="SourceDatabase")


@_attrs_define
class SourceDatabase:
    """
    Attributes:
        source (SourceDatabaseSource):
        disable_ssl (bool | Unset): Enables SSL encryption when connecting to the source database. Example: False.
        ignore_dbs (list[str] | Unset): List of databases that should be ignored during migration. Example: ['db0',
            'db1'].
    """

    source: SourceDatabaseSource
    disable_ssl: bool | Unset = UNSET
    ignore_dbs: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        disable_ssl = self.disable_ssl

        ignore_dbs: list[str] | Unset = UNSET
        if not isinstance(self.ignore_dbs, Unset):
            ignore_dbs = self.ignore_dbs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if disable_ssl is not UNSET:
            field_dict["disable_ssl"] = disable_ssl
        if ignore_dbs is not UNSET:
            field_dict["ignore_dbs"] = ignore_dbs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.source_database_source import SourceDatabaseSource

        d = dict(src_dict)
        source = SourceDatabaseSource.from_dict(d.pop("source"))

        disable_ssl = d.pop("disable_ssl", UNSET)

        ignore_dbs = cast(list[str], d.pop("ignore_dbs", UNSET))

        source_database = cls(
            source=source,
            disable_ssl=disable_ssl,
            ignore_dbs=ignore_dbs,
        )

        source_database.additional_properties = d
        return source_database

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
