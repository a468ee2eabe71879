from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reserved_ipv_6_list_reserved_ipv_6s_item import (
        ReservedIpv6ListReservedIpv6SItem,
    )


T = TypeVar("T", bound="ReservedIpv6List")


@_attrs_define
class ReservedIpv6List:
    """
    Attributes:
        reserved_ipv6s (list[ReservedIpv6ListReservedIpv6SItem] | Unset):
    """

    reserved_ipv6s: list[ReservedIpv6ListReservedIpv6SItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reserved_ipv6s: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reserved_ipv6s, Unset):
            reserved_ipv6s = []
            for reserved_ipv6s_item_data in self.reserved_ipv6s:
                reserved_ipv6s_item = reserved_ipv6s_item_data.to_dict()
                reserved_ipv6s.append(reserved_ipv6s_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reserved_ipv6s is not UNSET:
            field_dict["reserved_ipv6s"] = reserved_ipv6s

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reserved_ipv_6_list_reserved_ipv_6s_item import (
            ReservedIpv6ListReservedIpv6SItem,
        )

        d = dict(src_dict)
        _reserved_ipv6s = d.pop("reserved_ipv6s", UNSET)
        reserved_ipv6s: list[ReservedIpv6ListReservedIpv6SItem] | Unset = UNSET
        if _reserved_ipv6s is not UNSET:
            reserved_ipv6s = []
            for reserved_ipv6s_item_data in _reserved_ipv6s:
                reserved_ipv6s_item = ReservedIpv6ListReservedIpv6SItem.from_dict(
                    reserved_ipv6s_item_data
                )

                reserved_ipv6s.append(reserved_ipv6s_item)

        reserved_ipv_6_list = cls(
            reserved_ipv6s=reserved_ipv6s,
        )

        reserved_ipv_6_list.additional_properties = d
        return reserved_ipv_6_list

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
