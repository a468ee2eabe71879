from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiModelSetting")


@_attrs_define
class ApiModelSetting:
    """A configurable setting for a model in the playground

    Attributes:
        default_string (str | Unset): String default value (for type="dropdown", e.g. "medium") Example: example string.
        default_value (float | Unset): Numeric default value (for type="number") Example: 0.7.
        max_ (float | Unset): Maximum allowed value (for type="number") Example: 1.
        min_ (float | Unset): Minimum allowed value (for type="number") Example: 0.
        name (str | Unset): Setting key name (e.g. "max_tokens", "temperature", "resolution") Example: temperature.
        options (list[str] | Unset): Allowed values for dropdown selections (for type="dropdown") Example: ['example
            string'].
        step (float | Unset): Step increment for numeric settings (for type="number") Example: 123.
        type_ (str | Unset): Setting value type: "number" or "dropdown" Example: number.
    """

    default_string: str | Unset = UNSET
    default_value: float | Unset = UNSET
    max_: float | Unset = UNSET
    min_: float | Unset = UNSET
    name: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    step: float | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_string = self.default_string

        default_value = self.default_value

        max_ = self.max_

        min_ = self.min_

        name = self.name

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        step = self.step

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_string is not UNSET:
            field_dict["default_string"] = default_string
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options
        if step is not UNSET:
            field_dict["step"] = step
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        default_string = d.pop("default_string", UNSET)

        default_value = d.pop("default_value", UNSET)

        max_ = d.pop("max", UNSET)

        min_ = d.pop("min", UNSET)

        name = d.pop("name", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        step = d.pop("step", UNSET)

        type_ = d.pop("type", UNSET)

        api_model_setting = cls(
            default_string=default_string,
            default_value=default_value,
            max_=max_,
            min_=min_,
            name=name,
            options=options,
            step=step,
            type_=type_,
        )

        api_model_setting.additional_properties = d
        return api_model_setting

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
