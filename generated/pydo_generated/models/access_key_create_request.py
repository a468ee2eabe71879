from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessKeyCreateRequest")


@_attrs_define
class AccessKeyCreateRequest:
    """
    Attributes:
        name (str): The access key's name. Example: my-function-access-key.
        expires_in (str | Unset): The duration after which the access key expires, specified as a human-readable
            duration string in the format `<int>h` (hours) or `<int>d` (days). Minimum value is `1h`. If omitted, the key
            will never expire. Example: 7d.
    """

    name: str
    expires_in: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        expires_in = d.pop("expires_in", UNSET)

        access_key_create_request = cls(
            name=name,
            expires_in=expires_in,
        )

        access_key_create_request.additional_properties = d
        return access_key_create_request

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
