from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiSpacesDataSource")


@_attrs_define
class ApiSpacesDataSource:
    """Spaces Bucket Data Source

    Attributes:
        bucket_name (str | Unset): Spaces bucket name Example: example name.
        item_path (str | Unset):  Example: example string.
        region (str | Unset): Region of bucket Example: example string.
    """

    bucket_name: str | Unset = UNSET
    item_path: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        item_path = self.item_path

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if item_path is not UNSET:
            field_dict["item_path"] = item_path
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket_name = d.pop("bucket_name", UNSET)

        item_path = d.pop("item_path", UNSET)

        region = d.pop("region", UNSET)

        api_spaces_data_source = cls(
            bucket_name=bucket_name,
            item_path=item_path,
            region=region,
        )

        api_spaces_data_source.additional_properties = d
        return api_spaces_data_source

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
