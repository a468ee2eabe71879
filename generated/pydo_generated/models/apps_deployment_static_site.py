from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsDeploymentStaticSite")


@_attrs_define
class AppsDeploymentStaticSite:
    """
    Attributes:
        name (str | Unset):  Example: web.
        source_commit_hash (str | Unset):  Example: 54d4a727f457231062439895000d45437c7bb405.
    """

    name: str | Unset = UNSET
    source_commit_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source_commit_hash = self.source_commit_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if source_commit_hash is not UNSET:
            field_dict["source_commit_hash"] = source_commit_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        source_commit_hash = d.pop("source_commit_hash", UNSET)

        apps_deployment_static_site = cls(
            name=name,
            source_commit_hash=source_commit_hash,
        )

        apps_deployment_static_site.additional_properties = d
        return apps_deployment_static_site

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
