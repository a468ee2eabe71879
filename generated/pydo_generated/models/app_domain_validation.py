from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppDomainValidation")


@_attrs_define
class AppDomainValidation:
    """
    Attributes:
        txt_name (str | Unset):  Example: _acme-challenge.app.example.com.
        txt_value (str | Unset):  Example: lXLOcN6cPv0nproViNcUHcahD9TrIPlNgdwesj0pYpk.
    """

    txt_name: str | Unset = UNSET
    txt_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txt_name = self.txt_name

        txt_value = self.txt_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if txt_name is not UNSET:
            field_dict["txt_name"] = txt_name
        if txt_value is not UNSET:
            field_dict["txt_value"] = txt_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        txt_name = d.pop("txt_name", UNSET)

        txt_value = d.pop("txt_value", UNSET)

        app_domain_validation = cls(
            txt_name=txt_name,
            txt_value=txt_value,
        )

        app_domain_validation.additional_properties = d
        return app_domain_validation

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
