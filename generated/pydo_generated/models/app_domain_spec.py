from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_domain_spec_minimum_tls_version import AppDomainSpecMinimumTlsVersion
from ..models.app_domain_spec_type import AppDomainSpecType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppDomainSpec")


@_attrs_define
class AppDomainSpec:
    """
    Attributes:
        domain (str): The hostname for the domain Example: app.example.com.
        type_ (AppDomainSpecType | Unset): - DEFAULT: The default `.ondigitalocean.app` domain assigned to this app
            - PRIMARY: The primary domain for this app that is displayed as the default in the control panel, used in
            bindable environment variables, and any other places that reference an app's live URL. Only one domain may be
            set as primary.
            - ALIAS: A non-primary domain Default: AppDomainSpecType.UNSPECIFIED. Example: DEFAULT.
        wildcard (bool | Unset): Indicates whether the domain includes all sub-domains, in addition to the given domain
            Example: True.
        zone (str | Unset): Optional. If the domain uses DigitalOcean DNS and you would like App
            Platform to automatically manage it for you, set this to the name of the
            domain on your account.

            For example, If the domain you are adding is `app.domain.com`, the zone
            could be `domain.com`. Example: example.com.
        minimum_tls_version (AppDomainSpecMinimumTlsVersion | Unset): The minimum version of TLS a client application
            can use to access resources for the domain.  Must be one of the following values wrapped within quotations:
            `"1.2"` or `"1.3"`. Example: 1.3.
    """

    domain: str
    type_: AppDomainSpecType | Unset = AppDomainSpecType.UNSPECIFIED
    wildcard: bool | Unset = UNSET
    zone: str | Unset = UNSET
    minimum_tls_version: AppDomainSpecMinimumTlsVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        wildcard = self.wildcard

        zone = self.zone

        minimum_tls_version: str | Unset = UNSET
        if not isinstance(self.minimum_tls_version, Unset):
            minimum_tls_version = self.minimum_tls_version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if wildcard is not UNSET:
            field_dict["wildcard"] = wildcard
        if zone is not UNSET:
            field_dict["zone"] = zone
        if minimum_tls_version is not UNSET:
            field_dict["minimum_tls_version"] = minimum_tls_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain = d.pop("domain")

        _type_ = d.pop("type", UNSET)
        type_: AppDomainSpecType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AppDomainSpecType(_type_)

        wildcard = d.pop("wildcard", UNSET)

        zone = d.pop("zone", UNSET)

        _minimum_tls_version = d.pop("minimum_tls_version", UNSET)
        minimum_tls_version: AppDomainSpecMinimumTlsVersion | Unset
        if isinstance(_minimum_tls_version, Unset):
            minimum_tls_version = UNSET
        else:
            minimum_tls_version = AppDomainSpecMinimumTlsVersion(_minimum_tls_version)

        app_domain_spec = cls(
            domain=domain,
            type_=type_,
            wildcard=wildcard,
            zone=zone,
            minimum_tls_version=minimum_tls_version,
        )

        app_domain_spec.additional_properties = d
        return app_domain_spec

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
