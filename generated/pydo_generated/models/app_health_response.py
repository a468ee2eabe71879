from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_health import AppHealth


T = TypeVar("T", bound="AppHealthResponse")


@_attrs_define
class AppHealthResponse:
    """
    Attributes:
        app_health (AppHealth | Unset):
    """

    app_health: AppHealth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_health, Unset):
            app_health = self.app_health.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_health is not UNSET:
            field_dict["app_health"] = app_health

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_health import AppHealth

        d = dict(src_dict)
        _app_health = d.pop("app_health", UNSET)
        app_health: AppHealth | Unset
        if isinstance(_app_health, Unset):
            app_health = UNSET
        else:
            app_health = AppHealth.from_dict(_app_health)

        app_health_response = cls(
            app_health=app_health,
        )

        app_health_response.additional_properties = d
        return app_health_response

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
