from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomModelActiveDeploymentEndpoints")


@_attrs_define
class CustomModelActiveDeploymentEndpoints:
    """Endpoint URLs for a dedicated inference deployment associated with a custom model.

    Attributes:
        private_endpoint_fqdn (str | Unset): Private FQDN for the deployment Example: example string.
        public_endpoint_fqdn (str | Unset): Public FQDN for the deployment Example: example string.
    """

    private_endpoint_fqdn: str | Unset = UNSET
    public_endpoint_fqdn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private_endpoint_fqdn = self.private_endpoint_fqdn

        public_endpoint_fqdn = self.public_endpoint_fqdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if private_endpoint_fqdn is not UNSET:
            field_dict["private_endpoint_fqdn"] = private_endpoint_fqdn
        if public_endpoint_fqdn is not UNSET:
            field_dict["public_endpoint_fqdn"] = public_endpoint_fqdn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        private_endpoint_fqdn = d.pop("private_endpoint_fqdn", UNSET)

        public_endpoint_fqdn = d.pop("public_endpoint_fqdn", UNSET)

        custom_model_active_deployment_endpoints = cls(
            private_endpoint_fqdn=private_endpoint_fqdn,
            public_endpoint_fqdn=public_endpoint_fqdn,
        )

        custom_model_active_deployment_endpoints.additional_properties = d
        return custom_model_active_deployment_endpoints

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
