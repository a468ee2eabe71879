from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suppressed_resource_root import SuppressedResourceRoot


T = TypeVar("T", bound="SettingsSettings")


@_attrs_define
class SettingsSettings:
    """
    Attributes:
        suppressions (SuppressedResourceRoot | Unset):
    """

    suppressions: SuppressedResourceRoot | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suppressions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suppressions, Unset):
            suppressions = self.suppressions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if suppressions is not UNSET:
            field_dict["suppressions"] = suppressions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.suppressed_resource_root import SuppressedResourceRoot

        d = dict(src_dict)
        _suppressions = d.pop("suppressions", UNSET)
        suppressions: SuppressedResourceRoot | Unset
        if isinstance(_suppressions, Unset):
            suppressions = UNSET
        else:
            suppressions = SuppressedResourceRoot.from_dict(_suppressions)

        settings_settings = cls(
            suppressions=suppressions,
        )

        settings_settings.additional_properties = d
        return settings_settings

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
