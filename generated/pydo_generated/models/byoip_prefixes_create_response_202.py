from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ByoipPrefixesCreateResponse202")


@_attrs_define
class ByoipPrefixesCreateResponse202:
    """
    Attributes:
        uuid (str | Unset): The unique identifier for the BYOIP prefix Example: 123e4567-e89b-12d3-a456-426614174000.
        region (str | Unset): The region where the prefix is created Example: nyc3.
        status (str | Unset): The status of the BYOIP prefix Example: in_progress.
    """

    uuid: str | Unset = UNSET
    region: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        region = self.region

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if region is not UNSET:
            field_dict["region"] = region
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        region = d.pop("region", UNSET)

        status = d.pop("status", UNSET)

        byoip_prefixes_create_response_202 = cls(
            uuid=uuid,
            region=region,
            status=status,
        )

        byoip_prefixes_create_response_202.additional_properties = d
        return byoip_prefixes_create_response_202

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
