from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_ingress_spec_rule_match import AppIngressSpecRuleMatch
    from ..models.app_ingress_spec_rule_routing_component import (
        AppIngressSpecRuleRoutingComponent,
    )
    from ..models.app_ingress_spec_rule_routing_redirect import (
        AppIngressSpecRuleRoutingRedirect,
    )
    from ..models.apps_cors_policy import AppsCorsPolicy


T = TypeVar("T", bound="AppIngressSpecRule")


@_attrs_define
class AppIngressSpecRule:
    """
    Attributes:
        match (AppIngressSpecRuleMatch | Unset): The match configuration for the rule.
        cors (AppsCorsPolicy | Unset):
        component (AppIngressSpecRuleRoutingComponent | Unset): The component to route to. Only one of `component` or
            `redirect` may be set.
        redirect (AppIngressSpecRuleRoutingRedirect | Unset): The redirect configuration for the rule. Only one of
            `component` or `redirect` may be set.
    """

    match: AppIngressSpecRuleMatch | Unset = UNSET
    cors: AppsCorsPolicy | Unset = UNSET
    component: AppIngressSpecRuleRoutingComponent | Unset = UNSET
    redirect: AppIngressSpecRuleRoutingRedirect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match, Unset):
            match = self.match.to_dict()

        cors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cors, Unset):
            cors = self.cors.to_dict()

        component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.component, Unset):
            component = self.component.to_dict()

        redirect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect, Unset):
            redirect = self.redirect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match is not UNSET:
            field_dict["match"] = match
        if cors is not UNSET:
            field_dict["cors"] = cors
        if component is not UNSET:
            field_dict["component"] = component
        if redirect is not UNSET:
            field_dict["redirect"] = redirect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_ingress_spec_rule_match import AppIngressSpecRuleMatch
        from ..models.app_ingress_spec_rule_routing_component import (
            AppIngressSpecRuleRoutingComponent,
        )
        from ..models.app_ingress_spec_rule_routing_redirect import (
            AppIngressSpecRuleRoutingRedirect,
        )
        from ..models.apps_cors_policy import AppsCorsPolicy

        d = dict(src_dict)
        _match = d.pop("match", UNSET)
        match: AppIngressSpecRuleMatch | Unset
        if isinstance(_match, Unset):
            match = UNSET
        else:
            match = AppIngressSpecRuleMatch.from_dict(_match)

        _cors = d.pop("cors", UNSET)
        cors: AppsCorsPolicy | Unset
        if isinstance(_cors, Unset):
            cors = UNSET
        else:
            cors = AppsCorsPolicy.from_dict(_cors)

        _component = d.pop("component", UNSET)
        component: AppIngressSpecRuleRoutingComponent | Unset
        if isinstance(_component, Unset):
            component = UNSET
        else:
            component = AppIngressSpecRuleRoutingComponent.from_dict(_component)

        _redirect = d.pop("redirect", UNSET)
        redirect: AppIngressSpecRuleRoutingRedirect | Unset
        if isinstance(_redirect, Unset):
            redirect = UNSET
        else:
            redirect = AppIngressSpecRuleRoutingRedirect.from_dict(_redirect)

        app_ingress_spec_rule = cls(
            match=match,
            cors=cors,
            component=component,
            redirect=redirect,
        )

        app_ingress_spec_rule.additional_properties = d
        return app_ingress_spec_rule

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
