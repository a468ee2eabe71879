from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reserved_i_pv_6_create_response_201_reserved_ipv_6 import (
        ReservedIPv6CreateResponse201ReservedIpv6,
    )


T = TypeVar("T", bound="ReservedIPv6CreateResponse201")


@_attrs_define
class ReservedIPv6CreateResponse201:
    """
    Attributes:
        reserved_ipv6 (ReservedIPv6CreateResponse201ReservedIpv6 | Unset):
    """

    reserved_ipv6: ReservedIPv6CreateResponse201ReservedIpv6 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reserved_ipv6: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reserved_ipv6, Unset):
            reserved_ipv6 = self.reserved_ipv6.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reserved_ipv6 is not UNSET:
            field_dict["reserved_ipv6"] = reserved_ipv6

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reserved_i_pv_6_create_response_201_reserved_ipv_6 import (
            ReservedIPv6CreateResponse201ReservedIpv6,
        )

        d = dict(src_dict)
        _reserved_ipv6 = d.pop("reserved_ipv6", UNSET)
        reserved_ipv6: ReservedIPv6CreateResponse201ReservedIpv6 | Unset
        if isinstance(_reserved_ipv6, Unset):
            reserved_ipv6 = UNSET
        else:
            reserved_ipv6 = ReservedIPv6CreateResponse201ReservedIpv6.from_dict(
                _reserved_ipv6
            )

        reserved_i_pv_6_create_response_201 = cls(
            reserved_ipv6=reserved_ipv6,
        )

        reserved_i_pv_6_create_response_201.additional_properties = d
        return reserved_i_pv_6_create_response_201

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
