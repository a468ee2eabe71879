from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppLogDestinationDatadogSpec")


@_attrs_define
class AppLogDestinationDatadogSpec:
    """DataDog configuration.

    Attributes:
        api_key (str): Datadog API key. Example: abcdefghijklmnopqrstuvwxyz0123456789.
        endpoint (str | Unset): Datadog HTTP log intake endpoint. Example: https://mydatadogendpoint.com.
    """

    api_key: str
    endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
            }
        )
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        endpoint = d.pop("endpoint", UNSET)

        app_log_destination_datadog_spec = cls(
            api_key=api_key,
            endpoint=endpoint,
        )

        app_log_destination_datadog_spec.additional_properties = d
        return app_log_destination_datadog_spec

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
