from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsGetLogsResponse")


@_attrs_define
class AppsGetLogsResponse:
    """
    Attributes:
        historic_urls (list[str] | Unset):
        live_url (str | Unset): A URL of the real-time live logs. This URL may use either the `https://` or `wss://`
            protocols and will keep pushing live logs as they become available. Example: ws://logs/build.
    """

    historic_urls: list[str] | Unset = UNSET
    live_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        historic_urls: list[str] | Unset = UNSET
        if not isinstance(self.historic_urls, Unset):
            historic_urls = self.historic_urls

        live_url = self.live_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if historic_urls is not UNSET:
            field_dict["historic_urls"] = historic_urls
        if live_url is not UNSET:
            field_dict["live_url"] = live_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        historic_urls = cast(list[str], d.pop("historic_urls", UNSET))

        live_url = d.pop("live_url", UNSET)

        apps_get_logs_response = cls(
            historic_urls=historic_urls,
            live_url=live_url,
        )

        apps_get_logs_response.additional_properties = d
        return apps_get_logs_response

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
