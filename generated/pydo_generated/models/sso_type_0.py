from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoType0")


@_attrs_define
class SsoType0:
    """An object specifying Single Sign-On (SSO) configuration for the Kubernetes cluster.

    Attributes:
        enabled (bool | Unset): Indicates whether SSO authentication is enabled for the cluster. Default: False.
            Example: True.
        required (bool | Unset): Indicates whether any non-SSO forms of authentication are disallowed.
            Can only be set to `true` when `enabled` is
            `true`.
             Default: False. Example: False.
        issuer_url (str | Unset): The OIDC issuer URL for the identity provider. Required when `enabled` is
            `true`.
             Example: https://sso.example.com.
        client_id (str | Unset): The OIDC client ID registered with the identity provider. Required when
            `enabled` is `true`.
             Example: doks-cluster-client.
    """

    enabled: bool | Unset = False
    required: bool | Unset = False
    issuer_url: str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        required = self.required

        issuer_url = self.issuer_url

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if required is not UNSET:
            field_dict["required"] = required
        if issuer_url is not UNSET:
            field_dict["issuer_url"] = issuer_url
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        required = d.pop("required", UNSET)

        issuer_url = d.pop("issuer_url", UNSET)

        client_id = d.pop("client_id", UNSET)

        sso_type_0 = cls(
            enabled=enabled,
            required=required,
            issuer_url=issuer_url,
            client_id=client_id,
        )

        sso_type_0.additional_properties = d
        return sso_type_0

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
