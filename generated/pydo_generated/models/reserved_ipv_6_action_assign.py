from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reserved_ipv_6_action_type_type import ReservedIpv6ActionTypeType

T = TypeVar("T", bound="ReservedIpv6ActionAssign")


@_attrs_define
class ReservedIpv6ActionAssign:
    """
    Attributes:
        type_ (ReservedIpv6ActionTypeType): The type of action to initiate for the reserved IPv6.
        droplet_id (int): The ID of the Droplet that the reserved IPv6 will be assigned to. Example: 758604968.
    """

    type_: ReservedIpv6ActionTypeType
    droplet_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        droplet_id = self.droplet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "droplet_id": droplet_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ReservedIpv6ActionTypeType(d.pop("type"))

        droplet_id = d.pop("droplet_id")

        reserved_ipv_6_action_assign = cls(
            type_=type_,
            droplet_id=droplet_id,
        )

        reserved_ipv_6_action_assign.additional_properties = d
        return reserved_ipv_6_action_assign

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
