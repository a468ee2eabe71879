from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reserved_ip import ReservedIp


T = TypeVar("T", bound="ReservedIPsGetResponse200")


@_attrs_define
class ReservedIPsGetResponse200:
    """
    Attributes:
        reserved_ip (ReservedIp | Unset):
    """

    reserved_ip: ReservedIp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reserved_ip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reserved_ip, Unset):
            reserved_ip = self.reserved_ip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reserved_ip is not UNSET:
            field_dict["reserved_ip"] = reserved_ip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reserved_ip import ReservedIp

        d = dict(src_dict)
        _reserved_ip = d.pop("reserved_ip", UNSET)
        reserved_ip: ReservedIp | Unset
        if isinstance(_reserved_ip, Unset):
            reserved_ip = UNSET
        else:
            reserved_ip = ReservedIp.from_dict(_reserved_ip)

        reserved_i_ps_get_response_200 = cls(
            reserved_ip=reserved_ip,
        )

        reserved_i_ps_get_response_200.additional_properties = d
        return reserved_i_ps_get_response_200

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
