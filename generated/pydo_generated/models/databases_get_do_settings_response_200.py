from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.do_settings import DoSettings


T = TypeVar("T", bound="DatabasesGetDoSettingsResponse200")


@_attrs_define
class DatabasesGetDoSettingsResponse200:
    """
    Attributes:
        do_settings (DoSettings): DigitalOcean-specific settings for the database cluster.
    """

    do_settings: DoSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        do_settings = self.do_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "do_settings": do_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.do_settings import DoSettings

        d = dict(src_dict)
        do_settings = DoSettings.from_dict(d.pop("do_settings"))

        databases_get_do_settings_response_200 = cls(
            do_settings=do_settings,
        )

        databases_get_do_settings_response_200.additional_properties = d
        return databases_get_do_settings_response_200

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
