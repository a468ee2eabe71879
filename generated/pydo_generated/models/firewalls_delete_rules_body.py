from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.firewall_rules_inbound_rules_type_0_item import (
        FirewallRulesInboundRulesType0Item,
    )
    from ..models.firewall_rules_outbound_rules_type_0_item import (
        FirewallRulesOutboundRulesType0Item,
    )


T = TypeVar("T", bound="FirewallsDeleteRulesBody")


@_attrs_define
class FirewallsDeleteRulesBody:
    """
    Attributes:
        inbound_rules (list[FirewallRulesInboundRulesType0Item] | None | Unset):
        outbound_rules (list[FirewallRulesOutboundRulesType0Item] | None | Unset):
    """

    inbound_rules: list[FirewallRulesInboundRulesType0Item] | None | Unset = UNSET
    outbound_rules: list[FirewallRulesOutboundRulesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inbound_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.inbound_rules, Unset):
            inbound_rules = UNSET
        elif isinstance(self.inbound_rules, list):
            inbound_rules = []
            for inbound_rules_type_0_item_data in self.inbound_rules:
                inbound_rules_type_0_item = inbound_rules_type_0_item_data.to_dict()
                inbound_rules.append(inbound_rules_type_0_item)

        else:
            inbound_rules = self.inbound_rules

        outbound_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.outbound_rules, Unset):
            outbound_rules = UNSET
        elif isinstance(self.outbound_rules, list):
            outbound_rules = []
            for outbound_rules_type_0_item_data in self.outbound_rules:
                outbound_rules_type_0_item = outbound_rules_type_0_item_data.to_dict()
                outbound_rules.append(outbound_rules_type_0_item)

        else:
            outbound_rules = self.outbound_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound_rules is not UNSET:
            field_dict["inbound_rules"] = inbound_rules
        if outbound_rules is not UNSET:
            field_dict["outbound_rules"] = outbound_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.firewall_rules_inbound_rules_type_0_item import (
            FirewallRulesInboundRulesType0Item,
        )
        from ..models.firewall_rules_outbound_rules_type_0_item import (
            FirewallRulesOutboundRulesType0Item,
        )

        d = dict(src_dict)

        def _parse_inbound_rules(
            data: object,
        ) -> list[FirewallRulesInboundRulesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inbound_rules_type_0 = []
                _inbound_rules_type_0 = data
                for inbound_rules_type_0_item_data in _inbound_rules_type_0:
                    inbound_rules_type_0_item = (
                        FirewallRulesInboundRulesType0Item.from_dict(
                            inbound_rules_type_0_item_data
                        )
                    )

                    inbound_rules_type_0.append(inbound_rules_type_0_item)

                return inbound_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FirewallRulesInboundRulesType0Item] | None | Unset, data)

        inbound_rules = _parse_inbound_rules(d.pop("inbound_rules", UNSET))

        def _parse_outbound_rules(
            data: object,
        ) -> list[FirewallRulesOutboundRulesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outbound_rules_type_0 = []
                _outbound_rules_type_0 = data
                for outbound_rules_type_0_item_data in _outbound_rules_type_0:
                    outbound_rules_type_0_item = (
                        FirewallRulesOutboundRulesType0Item.from_dict(
                            outbound_rules_type_0_item_data
                        )
                    )

                    outbound_rules_type_0.append(outbound_rules_type_0_item)

                return outbound_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FirewallRulesOutboundRulesType0Item] | None | Unset, data)

        outbound_rules = _parse_outbound_rules(d.pop("outbound_rules", UNSET))

        firewalls_delete_rules_body = cls(
            inbound_rules=inbound_rules,
            outbound_rules=outbound_rules,
        )

        firewalls_delete_rules_body.additional_properties = d
        return firewalls_delete_rules_body

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
