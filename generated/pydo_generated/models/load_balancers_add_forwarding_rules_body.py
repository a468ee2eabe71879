from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.forwarding_rule import ForwardingRule


T = TypeVar("T", bound="LoadBalancersAddForwardingRulesBody")


@_attrs_define
class LoadBalancersAddForwardingRulesBody:
    """
    Attributes:
        forwarding_rules (list[ForwardingRule]):
    """

    forwarding_rules: list[ForwardingRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forwarding_rules = []
        for forwarding_rules_item_data in self.forwarding_rules:
            forwarding_rules_item = forwarding_rules_item_data.to_dict()
            forwarding_rules.append(forwarding_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forwarding_rules": forwarding_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.forwarding_rule import ForwardingRule

        d = dict(src_dict)
        forwarding_rules = []
        _forwarding_rules = d.pop("forwarding_rules")
        for forwarding_rules_item_data in _forwarding_rules:
            forwarding_rules_item = ForwardingRule.from_dict(forwarding_rules_item_data)

            forwarding_rules.append(forwarding_rules_item)

        load_balancers_add_forwarding_rules_body = cls(
            forwarding_rules=forwarding_rules,
        )

        load_balancers_add_forwarding_rules_body.additional_properties = d
        return load_balancers_add_forwarding_rules_body

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
