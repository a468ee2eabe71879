from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppIngressSpecRuleRoutingRedirect")


@_attrs_define
class AppIngressSpecRuleRoutingRedirect:
    """The redirect configuration for the rule. Only one of `component` or `redirect` may be set.

    Attributes:
        uri (str | Unset): An optional URI path to redirect to. Note: if this is specified the whole URI of the original
            request will be overwritten to this value, irrespective of the original request URI being matched. Example:
            /about.
        authority (str | Unset): The authority/host to redirect to. This can be a hostname or IP address. Note: use
            `port` to set the port. Example: example.com.
        port (int | Unset): The port to redirect to. Example: 443.
        scheme (str | Unset): The scheme to redirect to. Supported values are `http` or `https`. Default: `https`.
            Example: https.
        redirect_code (int | Unset): The redirect code to use. Defaults to `302`. Supported values are 300, 301, 302,
            303, 304, 307, 308. Example: 302.
    """

    uri: str | Unset = UNSET
    authority: str | Unset = UNSET
    port: int | Unset = UNSET
    scheme: str | Unset = UNSET
    redirect_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        authority = self.authority

        port = self.port

        scheme = self.scheme

        redirect_code = self.redirect_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uri is not UNSET:
            field_dict["uri"] = uri
        if authority is not UNSET:
            field_dict["authority"] = authority
        if port is not UNSET:
            field_dict["port"] = port
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if redirect_code is not UNSET:
            field_dict["redirect_code"] = redirect_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uri = d.pop("uri", UNSET)

        authority = d.pop("authority", UNSET)

        port = d.pop("port", UNSET)

        scheme = d.pop("scheme", UNSET)

        redirect_code = d.pop("redirect_code", UNSET)

        app_ingress_spec_rule_routing_redirect = cls(
            uri=uri,
            authority=authority,
            port=port,
            scheme=scheme,
            redirect_code=redirect_code,
        )

        app_ingress_spec_rule_routing_redirect.additional_properties = d
        return app_ingress_spec_rule_routing_redirect

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
