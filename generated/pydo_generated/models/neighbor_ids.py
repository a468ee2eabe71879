from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NeighborIds")


@_attrs_define
class NeighborIds:
    """
    Attributes:
        neighbor_ids (list[list[int]] | Unset): An array of arrays. Each array will contain a set of Droplet IDs for
            Droplets that share a physical server. Example: [[168671828, 168663509, 168671815], [168671883, 168671750]].
    """

    neighbor_ids: list[list[int]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        neighbor_ids: list[list[int]] | Unset = UNSET
        if not isinstance(self.neighbor_ids, Unset):
            neighbor_ids = []
            for neighbor_ids_item_data in self.neighbor_ids:
                neighbor_ids_item = neighbor_ids_item_data

                neighbor_ids.append(neighbor_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if neighbor_ids is not UNSET:
            field_dict["neighbor_ids"] = neighbor_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _neighbor_ids = d.pop("neighbor_ids", UNSET)
        neighbor_ids: list[list[int]] | Unset = UNSET
        if _neighbor_ids is not UNSET:
            neighbor_ids = []
            for neighbor_ids_item_data in _neighbor_ids:
                neighbor_ids_item = cast(list[int], neighbor_ids_item_data)

                neighbor_ids.append(neighbor_ids_item)

        neighbor_ids = cls(
            neighbor_ids=neighbor_ids,
        )

        neighbor_ids.additional_properties = d
        return neighbor_ids

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
