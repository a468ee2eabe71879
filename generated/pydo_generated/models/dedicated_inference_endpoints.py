from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedInferenceEndpoints")


@_attrs_define
class DedicatedInferenceEndpoints:
    """
    Attributes:
        public_endpoint_fqdn (str | Unset): Public FQDN of the Dedicated Inference instance. Example:
            https://b4bfug4jc41kts2ro54if91eo-public-dedicated-inference.do-infra.ai.
        private_endpoint_fqdn (str | Unset): Private VPC FQDN of the Dedicated Inference instance. Example:
            https://b4bfug4jc41kts2ro54if91eo-private-dedicated-inference.do-infra.ai.
    """

    public_endpoint_fqdn: str | Unset = UNSET
    private_endpoint_fqdn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_endpoint_fqdn = self.public_endpoint_fqdn

        private_endpoint_fqdn = self.private_endpoint_fqdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_endpoint_fqdn is not UNSET:
            field_dict["public_endpoint_fqdn"] = public_endpoint_fqdn
        if private_endpoint_fqdn is not UNSET:
            field_dict["private_endpoint_fqdn"] = private_endpoint_fqdn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        public_endpoint_fqdn = d.pop("public_endpoint_fqdn", UNSET)

        private_endpoint_fqdn = d.pop("private_endpoint_fqdn", UNSET)

        dedicated_inference_endpoints = cls(
            public_endpoint_fqdn=public_endpoint_fqdn,
            private_endpoint_fqdn=private_endpoint_fqdn,
        )

        dedicated_inference_endpoints.additional_properties = d
        return dedicated_inference_endpoints

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
