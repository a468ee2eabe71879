from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppMaintenanceSpec")


@_attrs_define
class AppMaintenanceSpec:
    """Specification to configure maintenance settings for the app, such as maintenance mode and archiving the app.

    Attributes:
        enabled (bool | Unset): Indicates whether maintenance mode should be enabled for the app. Example: True.
        archive (bool | Unset): Indicates whether the app should be archived. Setting this to true implies that enabled
            is set to true. Example: True.
        offline_page_url (str | Unset): A custom offline page to display when maintenance mode is enabled or the app is
            archived. Example: https://example.com/offline.html.
    """

    enabled: bool | Unset = UNSET
    archive: bool | Unset = UNSET
    offline_page_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        archive = self.archive

        offline_page_url = self.offline_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if archive is not UNSET:
            field_dict["archive"] = archive
        if offline_page_url is not UNSET:
            field_dict["offline_page_url"] = offline_page_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        archive = d.pop("archive", UNSET)

        offline_page_url = d.pop("offline_page_url", UNSET)

        app_maintenance_spec = cls(
            enabled=enabled,
            archive=archive,
            offline_page_url=offline_page_url,
        )

        app_maintenance_spec.additional_properties = d
        return app_maintenance_spec

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
