from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_ingress_spec_rule import AppIngressSpecRule


T = TypeVar("T", bound="AppIngressSpec")


@_attrs_define
class AppIngressSpec:
    """Specification for app ingress configurations.

    Attributes:
        rules (list[AppIngressSpecRule] | Unset): Rules for configuring HTTP ingress for component routes, CORS,
            rewrites, and redirects.
        custom_error_page_url (str | Unset): Optional HTTPS URL of a custom error page to display when the app is
            unreachable. The
            page is shown in a full-viewport iframe. The target must allow framing: avoid
            `X-Frame-Options: DENY` and a restrictive `Content-Security-Policy` `frame-ancestors`
            that blocks the platform. If omitted, the default platform error page is used. Example:
            https://status.example.com/app-unavailable.
    """

    rules: list[AppIngressSpecRule] | Unset = UNSET
    custom_error_page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        custom_error_page_url = self.custom_error_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rules is not UNSET:
            field_dict["rules"] = rules
        if custom_error_page_url is not UNSET:
            field_dict["custom_error_page_url"] = custom_error_page_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_ingress_spec_rule import AppIngressSpecRule

        d = dict(src_dict)
        _rules = d.pop("rules", UNSET)
        rules: list[AppIngressSpecRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = AppIngressSpecRule.from_dict(rules_item_data)

                rules.append(rules_item)

        custom_error_page_url = d.pop("custom_error_page_url", UNSET)

        app_ingress_spec = cls(
            rules=rules,
            custom_error_page_url=custom_error_page_url,
        )

        app_ingress_spec.additional_properties = d
        return app_ingress_spec

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
