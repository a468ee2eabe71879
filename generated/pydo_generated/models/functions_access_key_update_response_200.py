from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_key import AccessKey


T = TypeVar("T", bound="FunctionsAccessKeyUpdateResponse200")


@_attrs_define
class FunctionsAccessKeyUpdateResponse200:
    """
    Attributes:
        access_key (AccessKey | Unset):
    """

    access_key: AccessKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_key, Unset):
            access_key = self.access_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["access_key"] = access_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_key import AccessKey

        d = dict(src_dict)
        _access_key = d.pop("access_key", UNSET)
        access_key: AccessKey | Unset
        if isinstance(_access_key, Unset):
            access_key = UNSET
        else:
            access_key = AccessKey.from_dict(_access_key)

        functions_access_key_update_response_200 = cls(
            access_key=access_key,
        )

        functions_access_key_update_response_200.additional_properties = d
        return functions_access_key_update_response_200

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
