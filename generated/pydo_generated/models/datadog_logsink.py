from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatadogLogsink")


@_attrs_define
class DatadogLogsink:
    """Configuration for Datadog integration **applicable only to MongoDB clusters**.

    Attributes:
        site (str): Datadog connection URL Example: http-intake.logs.datadoghq.com.
        datadog_api_key (str): Datadog API key Example: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.
    """

    site: str
    datadog_api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        site = self.site

        datadog_api_key = self.datadog_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "site": site,
                "datadog_api_key": datadog_api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        site = d.pop("site")

        datadog_api_key = d.pop("datadog_api_key")

        datadog_logsink = cls(
            site=site,
            datadog_api_key=datadog_api_key,
        )

        datadog_logsink.additional_properties = d
        return datadog_logsink

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
