from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.firewall import Firewall


T = TypeVar("T", bound="FirewallsUpdateResponse200")


@_attrs_define
class FirewallsUpdateResponse200:
    """
    Attributes:
        firewall (Firewall | Unset):
    """

    firewall: Firewall | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        firewall: dict[str, Any] | Unset = UNSET
        if not isinstance(self.firewall, Unset):
            firewall = self.firewall.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if firewall is not UNSET:
            field_dict["firewall"] = firewall

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.firewall import Firewall

        d = dict(src_dict)
        _firewall = d.pop("firewall", UNSET)
        firewall: Firewall | Unset
        if isinstance(_firewall, Unset):
            firewall = UNSET
        else:
            firewall = Firewall.from_dict(_firewall)

        firewalls_update_response_200 = cls(
            firewall=firewall,
        )

        firewalls_update_response_200.additional_properties = d
        return firewalls_update_response_200

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
