from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LbFirewall")


@_attrs_define
class LbFirewall:
    """An object specifying allow and deny rules to control traffic to the load balancer.

    Attributes:
        deny (list[str] | Unset): the rules for denying traffic to the load balancer (in the form 'ip:1.2.3.4' or
            'cidr:1.2.0.0/16') Example: ['ip:1.2.3.4', 'cidr:2.3.0.0/16'].
        allow (list[str] | Unset): the rules for allowing traffic to the load balancer (in the form 'ip:1.2.3.4' or
            'cidr:1.2.0.0/16') Example: ['ip:1.2.3.4', 'cidr:2.3.0.0/16'].
    """

    deny: list[str] | Unset = UNSET
    allow: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deny: list[str] | Unset = UNSET
        if not isinstance(self.deny, Unset):
            deny = self.deny

        allow: list[str] | Unset = UNSET
        if not isinstance(self.allow, Unset):
            allow = self.allow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deny is not UNSET:
            field_dict["deny"] = deny
        if allow is not UNSET:
            field_dict["allow"] = allow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deny = cast(list[str], d.pop("deny", UNSET))

        allow = cast(list[str], d.pop("allow", UNSET))

        lb_firewall = cls(
            deny=deny,
            allow=allow,
        )

        lb_firewall.additional_properties = d
        return lb_firewall

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
