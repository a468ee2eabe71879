from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpensearchLogsink")


@_attrs_define
class OpensearchLogsink:
    """
    Attributes:
        url (str): Opensearch connection URL Example: https://user:passwd@192.168.0.1:9200.
        index_prefix (str): Opensearch index prefix Example: opensearch-logs.
        index_days_max (int | Unset): Maximum number of days of logs to keep Default: 7. Example: 5.
        timeout (float | Unset): Opensearch request timeout limit Default: 10.0. Example: 10.
        ca (str | Unset): PEM encoded CA certificate Example: -----BEGIN CERTIFICATE-----\\n...\\n-----END
            CERTIFICATE-----\\n.
    """

    url: str
    index_prefix: str
    index_days_max: int | Unset = 7
    timeout: float | Unset = 10.0
    ca: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        index_prefix = self.index_prefix

        index_days_max = self.index_days_max

        timeout = self.timeout

        ca = self.ca

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "index_prefix": index_prefix,
            }
        )
        if index_days_max is not UNSET:
            field_dict["index_days_max"] = index_days_max
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if ca is not UNSET:
            field_dict["ca"] = ca

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        index_prefix = d.pop("index_prefix")

        index_days_max = d.pop("index_days_max", UNSET)

        timeout = d.pop("timeout", UNSET)

        ca = d.pop("ca", UNSET)

        opensearch_logsink = cls(
            url=url,
            index_prefix=index_prefix,
            index_days_max=index_days_max,
            timeout=timeout,
            ca=ca,
        )

        opensearch_logsink.additional_properties = d
        return opensearch_logsink

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
