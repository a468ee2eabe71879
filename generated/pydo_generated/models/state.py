from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.previous_outage import PreviousOutage
    from ..models.regional_state import RegionalState


T = TypeVar("T", bound="State")


@_attrs_define
class State:
    """
    Attributes:
        regions (RegionalState | Unset): A map of region to regional state
        previous_outage (PreviousOutage | Unset):
    """

    regions: RegionalState | Unset = UNSET
    previous_outage: PreviousOutage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions.to_dict()

        previous_outage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_outage, Unset):
            previous_outage = self.previous_outage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regions is not UNSET:
            field_dict["regions"] = regions
        if previous_outage is not UNSET:
            field_dict["previous_outage"] = previous_outage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.previous_outage import PreviousOutage
        from ..models.regional_state import RegionalState

        d = dict(src_dict)
        _regions = d.pop("regions", UNSET)
        regions: RegionalState | Unset
        if isinstance(_regions, Unset):
            regions = UNSET
        else:
            regions = RegionalState.from_dict(_regions)

        _previous_outage = d.pop("previous_outage", UNSET)
        previous_outage: PreviousOutage | Unset
        if isinstance(_previous_outage, Unset):
            previous_outage = UNSET
        else:
            previous_outage = PreviousOutage.from_dict(_previous_outage)

        state = cls(
            regions=regions,
            previous_outage=previous_outage,
        )

        state.additional_properties = d
        return state

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
