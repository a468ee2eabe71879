from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiModelVersion")


@_attrs_define
class ApiModelVersion:
    """Version Information about a Model

    Attributes:
        major (int | Unset): Major version number Example: 123.
        minor (int | Unset): Minor version number Example: 123.
        patch (int | Unset): Patch version number Example: 123.
    """

    major: int | Unset = UNSET
    minor: int | Unset = UNSET
    patch: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        major = self.major

        minor = self.minor

        patch = self.patch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if major is not UNSET:
            field_dict["major"] = major
        if minor is not UNSET:
            field_dict["minor"] = minor
        if patch is not UNSET:
            field_dict["patch"] = patch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        major = d.pop("major", UNSET)

        minor = d.pop("minor", UNSET)

        patch = d.pop("patch", UNSET)

        api_model_version = cls(
            major=major,
            minor=minor,
            patch=patch,
        )

        api_model_version.additional_properties = d
        return api_model_version

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
