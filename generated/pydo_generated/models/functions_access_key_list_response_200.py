from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_key import AccessKey


T = TypeVar("T", bound="FunctionsAccessKeyListResponse200")


@_attrs_define
class FunctionsAccessKeyListResponse200:
    """
    Attributes:
        access_keys (list[AccessKey] | Unset):
        count (int | Unset): Total number of access keys
    """

    access_keys: list[AccessKey] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_keys, Unset):
            access_keys = []
            for access_keys_item_data in self.access_keys:
                access_keys_item = access_keys_item_data.to_dict()
                access_keys.append(access_keys_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_keys is not UNSET:
            field_dict["access_keys"] = access_keys
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_key import AccessKey

        d = dict(src_dict)
        _access_keys = d.pop("access_keys", UNSET)
        access_keys: list[AccessKey] | Unset = UNSET
        if _access_keys is not UNSET:
            access_keys = []
            for access_keys_item_data in _access_keys:
                access_keys_item = AccessKey.from_dict(access_keys_item_data)

                access_keys.append(access_keys_item)

        count = d.pop("count", UNSET)

        functions_access_key_list_response_200 = cls(
            access_keys=access_keys,
            count=count,
        )

        functions_access_key_list_response_200.additional_properties = d
        return functions_access_key_list_response_200

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
