from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAWSDataSource")


@_attrs_define
class ApiAWSDataSource:
    """AWS S3 Data Source

    Attributes:
        bucket_name (str | Unset): Spaces bucket name Example: example name.
        item_path (str | Unset):  Example: example string.
        key_id (str | Unset): The AWS Key ID Example: 123e4567-e89b-12d3-a456-426614174000.
        region (str | Unset): Region of bucket Example: example string.
        secret_key (str | Unset): The AWS Secret Key Example: example string.
    """

    bucket_name: str | Unset = UNSET
    item_path: str | Unset = UNSET
    key_id: str | Unset = UNSET
    region: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        item_path = self.item_path

        key_id = self.key_id

        region = self.region

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if item_path is not UNSET:
            field_dict["item_path"] = item_path
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if region is not UNSET:
            field_dict["region"] = region
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bucket_name = d.pop("bucket_name", UNSET)

        item_path = d.pop("item_path", UNSET)

        key_id = d.pop("key_id", UNSET)

        region = d.pop("region", UNSET)

        secret_key = d.pop("secret_key", UNSET)

        api_aws_data_source = cls(
            bucket_name=bucket_name,
            item_path=item_path,
            key_id=key_id,
            region=region,
            secret_key=secret_key,
        )

        api_aws_data_source.additional_properties = d
        return api_aws_data_source

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
