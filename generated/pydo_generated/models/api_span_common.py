from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_span_common_metadata import ApiSpanCommonMetadata


T = TypeVar("T", bound="ApiSpanCommon")


@_attrs_define
class ApiSpanCommon:
    """Common optional fields shared by all span types

    Attributes:
        created_at (datetime.datetime | Unset):  Example: 2023-01-01T00:00:00Z.
        duration_ns (str | Unset):  Example: 12345.
        metadata (ApiSpanCommonMetadata | Unset): Arbitrary structured metadata
        status_code (int | Unset):  Example: 123.
        tags (list[str] | Unset): Free-form tags for filtering/grouping Example: ['example string'].
    """

    created_at: datetime.datetime | Unset = UNSET
    duration_ns: str | Unset = UNSET
    metadata: ApiSpanCommonMetadata | Unset = UNSET
    status_code: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        duration_ns = self.duration_ns

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status_code = self.status_code

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if duration_ns is not UNSET:
            field_dict["duration_ns"] = duration_ns
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_span_common_metadata import ApiSpanCommonMetadata

        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        duration_ns = d.pop("duration_ns", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ApiSpanCommonMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ApiSpanCommonMetadata.from_dict(_metadata)

        status_code = d.pop("status_code", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        api_span_common = cls(
            created_at=created_at,
            duration_ns=duration_ns,
            metadata=metadata,
            status_code=status_code,
            tags=tags,
        )

        api_span_common.additional_properties = d
        return api_span_common

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
