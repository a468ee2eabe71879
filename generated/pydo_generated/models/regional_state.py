from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.region_state import RegionState


T = TypeVar("T", bound="RegionalState")


@_attrs_define
class RegionalState:
    """A map of region to regional state

    Attributes:
        us_east (RegionState | Unset):
        eu_west (RegionState | Unset):
    """

    us_east: RegionState | Unset = UNSET
    eu_west: RegionState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        us_east: dict[str, Any] | Unset = UNSET
        if not isinstance(self.us_east, Unset):
            us_east = self.us_east.to_dict()

        eu_west: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eu_west, Unset):
            eu_west = self.eu_west.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if us_east is not UNSET:
            field_dict["us_east"] = us_east
        if eu_west is not UNSET:
            field_dict["eu_west"] = eu_west

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.region_state import RegionState

        d = dict(src_dict)
        _us_east = d.pop("us_east", UNSET)
        us_east: RegionState | Unset
        if isinstance(_us_east, Unset):
            us_east = UNSET
        else:
            us_east = RegionState.from_dict(_us_east)

        _eu_west = d.pop("eu_west", UNSET)
        eu_west: RegionState | Unset
        if isinstance(_eu_west, Unset):
            eu_west = UNSET
        else:
            eu_west = RegionState.from_dict(_eu_west)

        regional_state = cls(
            us_east=us_east,
            eu_west=eu_west,
        )

        regional_state.additional_properties = d
        return regional_state

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
