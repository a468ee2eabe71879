from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiModelEndpoint")


@_attrs_define
class ApiModelEndpoint:
    """An available endpoint for a model and its capabilities

    Attributes:
        capabilities (list[str] | Unset): Capabilities supported by this endpoint (e.g. input_text, output_text,
            input_image) Example: ['example string'].
        endpoint (str | Unset): The endpoint path (e.g. /chat/responses) Example: /chat/responses.
    """

    capabilities: list[str] | Unset = UNSET
    endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        endpoint = d.pop("endpoint", UNSET)

        api_model_endpoint = cls(
            capabilities=capabilities,
            endpoint=endpoint,
        )

        api_model_endpoint.additional_properties = d
        return api_model_endpoint

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
