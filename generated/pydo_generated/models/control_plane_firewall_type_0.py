from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlPlaneFirewallType0")


@_attrs_define
class ControlPlaneFirewallType0:
    """An object specifying the control plane firewall for the Kubernetes cluster. Control plane firewall is in early
    availability (invite only).

        Attributes:
            enabled (bool | Unset): Indicates whether the control plane firewall is enabled. Example: True.
            allowed_addresses (list[str] | Unset): An array of public addresses (IPv4 or CIDR) allowed to access the control
                plane. Example: ['1.2.3.4/32', '1.1.0.0/16'].
    """

    enabled: bool | Unset = UNSET
    allowed_addresses: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        allowed_addresses: list[str] | Unset = UNSET
        if not isinstance(self.allowed_addresses, Unset):
            allowed_addresses = self.allowed_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if allowed_addresses is not UNSET:
            field_dict["allowed_addresses"] = allowed_addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        allowed_addresses = cast(list[str], d.pop("allowed_addresses", UNSET))

        control_plane_firewall_type_0 = cls(
            enabled=enabled,
            allowed_addresses=allowed_addresses,
        )

        control_plane_firewall_type_0.additional_properties = d
        return control_plane_firewall_type_0

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
