from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseClusterReadDoSettings")


@_attrs_define
class DatabaseClusterReadDoSettings:
    """
    Attributes:
        service_cnames (list[str] | Unset): An array of custom CNAMEs for the database cluster. Each CNAME must be a
            valid RFC 1123 hostname (e.g., "db.example.com"). Maximum of 16 CNAMEs allowed, each up to 253 characters.
            Example: ['db.example.com', 'database.myapp.io'].
    """

    service_cnames: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_cnames: list[str] | Unset = UNSET
        if not isinstance(self.service_cnames, Unset):
            service_cnames = self.service_cnames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_cnames is not UNSET:
            field_dict["service_cnames"] = service_cnames

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_cnames = cast(list[str], d.pop("service_cnames", UNSET))

        database_cluster_read_do_settings = cls(
            service_cnames=service_cnames,
        )

        database_cluster_read_do_settings.additional_properties = d
        return database_cluster_read_do_settings

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
