from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_layout_option import DatabaseLayoutOption


T = TypeVar("T", bound="OptionsOptionsValkey")


@_attrs_define
class OptionsOptionsValkey:
    """
    Attributes:
        regions (list[str] | Unset): An array of strings containing the names of available regions Example: ['ams3',
            'blr1'].
        versions (list[str] | Unset): An array of strings containing the names of available regions Example: ['4.4',
            '5.0'].
        layouts (list[DatabaseLayoutOption] | Unset): An array of objects, each indicating the node sizes (otherwise
            referred to as slugs) that are available with various numbers of nodes in the database cluster. Each slugs
            denotes the node's identifier, CPU, and RAM (in that order).
    """

    regions: list[str] | Unset = UNSET
    versions: list[str] | Unset = UNSET
    layouts: list[DatabaseLayoutOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        versions: list[str] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = self.versions

        layouts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.layouts, Unset):
            layouts = []
            for layouts_item_data in self.layouts:
                layouts_item = layouts_item_data.to_dict()
                layouts.append(layouts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regions is not UNSET:
            field_dict["regions"] = regions
        if versions is not UNSET:
            field_dict["versions"] = versions
        if layouts is not UNSET:
            field_dict["layouts"] = layouts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_layout_option import DatabaseLayoutOption

        d = dict(src_dict)
        regions = cast(list[str], d.pop("regions", UNSET))

        versions = cast(list[str], d.pop("versions", UNSET))

        _layouts = d.pop("layouts", UNSET)
        layouts: list[DatabaseLayoutOption] | Unset = UNSET
        if _layouts is not UNSET:
            layouts = []
            for layouts_item_data in _layouts:
                layouts_item = DatabaseLayoutOption.from_dict(layouts_item_data)

                layouts.append(layouts_item)

        options_options_valkey = cls(
            regions=regions,
            versions=versions,
            layouts=layouts,
        )

        options_options_valkey.additional_properties = d
        return options_options_valkey

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
