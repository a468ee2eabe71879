from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.check_updatable_regions_item import CheckUpdatableRegionsItem
from ..models.check_updatable_type import CheckUpdatableType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckUpdatable")


@_attrs_define
class CheckUpdatable:
    """
    Attributes:
        name (str | Unset): A human-friendly display name. Example: Landing page check.
        type_ (CheckUpdatableType | Unset): The type of health check to perform. Example: https.
        target (str | Unset): The endpoint to perform healthchecks on. Example: https://www.landingpage.com.
        regions (list[CheckUpdatableRegionsItem] | Unset): An array containing the selected regions to perform
            healthchecks from. Example: ['us_east', 'eu_west'].
        enabled (bool | Unset): A boolean value indicating whether the check is enabled/disabled. Default: True.
            Example: True.
    """

    name: str | Unset = UNSET
    type_: CheckUpdatableType | Unset = UNSET
    target: str | Unset = UNSET
    regions: list[CheckUpdatableRegionsItem] | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        target = self.target

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.value
                regions.append(regions_item)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if target is not UNSET:
            field_dict["target"] = target
        if regions is not UNSET:
            field_dict["regions"] = regions
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CheckUpdatableType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CheckUpdatableType(_type_)

        target = d.pop("target", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[CheckUpdatableRegionsItem] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = CheckUpdatableRegionsItem(regions_item_data)

                regions.append(regions_item)

        enabled = d.pop("enabled", UNSET)

        check_updatable = cls(
            name=name,
            type_=type_,
            target=target,
            regions=regions,
            enabled=enabled,
        )

        check_updatable.additional_properties = d
        return check_updatable

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
