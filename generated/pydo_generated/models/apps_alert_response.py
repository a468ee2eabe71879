from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_alert import AppAlert


T = TypeVar("T", bound="AppsAlertResponse")


@_attrs_define
class AppsAlertResponse:
    """
    Attributes:
        alert (AppAlert | Unset):
    """

    alert: AppAlert | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert, Unset):
            alert = self.alert.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert is not UNSET:
            field_dict["alert"] = alert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_alert import AppAlert

        d = dict(src_dict)
        _alert = d.pop("alert", UNSET)
        alert: AppAlert | Unset
        if isinstance(_alert, Unset):
            alert = UNSET
        else:
            alert = AppAlert.from_dict(_alert)

        apps_alert_response = cls(
            alert=alert,
        )

        apps_alert_response.additional_properties = d
        return apps_alert_response

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
