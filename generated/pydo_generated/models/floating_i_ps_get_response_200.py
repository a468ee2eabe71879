from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floating_ip import FloatingIp


T = TypeVar("T", bound="FloatingIPsGetResponse200")


@_attrs_define
class FloatingIPsGetResponse200:
    """
    Attributes:
        floating_ip (FloatingIp | Unset):
    """

    floating_ip: FloatingIp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floating_ip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.floating_ip, Unset):
            floating_ip = self.floating_ip.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floating_ip is not UNSET:
            field_dict["floating_ip"] = floating_ip

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.floating_ip import FloatingIp

        d = dict(src_dict)
        _floating_ip = d.pop("floating_ip", UNSET)
        floating_ip: FloatingIp | Unset
        if isinstance(_floating_ip, Unset):
            floating_ip = UNSET
        else:
            floating_ip = FloatingIp.from_dict(_floating_ip)

        floating_i_ps_get_response_200 = cls(
            floating_ip=floating_ip,
        )

        floating_i_ps_get_response_200.additional_properties = d
        return floating_i_ps_get_response_200

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
