from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_alert_spec_operator import AppAlertSpecOperator
from ..models.app_alert_spec_rule import AppAlertSpecRule
from ..models.app_alert_spec_window import AppAlertSpecWindow
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppAlertSpec")


@_attrs_define
class AppAlertSpec:
    """
    Attributes:
        rule (AppAlertSpecRule | Unset):  Example: CPU_UTILIZATION.
        disabled (bool | Unset): Is the alert disabled? Example: False.
        operator (AppAlertSpecOperator | Unset):  Example: GREATER_THAN.
        value (float | Unset): Threshold value for alert Example: 2.32.
        window (AppAlertSpecWindow | Unset):  Example: FIVE_MINUTES.
    """

    rule: AppAlertSpecRule | Unset = UNSET
    disabled: bool | Unset = UNSET
    operator: AppAlertSpecOperator | Unset = UNSET
    value: float | Unset = UNSET
    window: AppAlertSpecWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule: str | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = self.rule.value

        disabled = self.disabled

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value = self.value

        window: str | Unset = UNSET
        if not isinstance(self.window, Unset):
            window = self.window.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule is not UNSET:
            field_dict["rule"] = rule
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _rule = d.pop("rule", UNSET)
        rule: AppAlertSpecRule | Unset
        if isinstance(_rule, Unset):
            rule = UNSET
        else:
            rule = AppAlertSpecRule(_rule)

        disabled = d.pop("disabled", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: AppAlertSpecOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = AppAlertSpecOperator(_operator)

        value = d.pop("value", UNSET)

        _window = d.pop("window", UNSET)
        window: AppAlertSpecWindow | Unset
        if isinstance(_window, Unset):
            window = UNSET
        else:
            window = AppAlertSpecWindow(_window)

        app_alert_spec = cls(
            rule=rule,
            disabled=disabled,
            operator=operator,
            value=value,
            window=window,
        )

        app_alert_spec.additional_properties = d
        return app_alert_spec

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
