from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_scheduled_indexing_info import ApiScheduledIndexingInfo


T = TypeVar("T", bound="ApiCreateScheduledIndexingOutput")


@_attrs_define
class ApiCreateScheduledIndexingOutput:
    """
    Attributes:
        indexing_info (ApiScheduledIndexingInfo | Unset): Metadata for scheduled indexing entries
    """

    indexing_info: ApiScheduledIndexingInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indexing_info, Unset):
            indexing_info = self.indexing_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indexing_info is not UNSET:
            field_dict["indexing_info"] = indexing_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_scheduled_indexing_info import ApiScheduledIndexingInfo

        d = dict(src_dict)
        _indexing_info = d.pop("indexing_info", UNSET)
        indexing_info: ApiScheduledIndexingInfo | Unset
        if isinstance(_indexing_info, Unset):
            indexing_info = UNSET
        else:
            indexing_info = ApiScheduledIndexingInfo.from_dict(_indexing_info)

        api_create_scheduled_indexing_output = cls(
            indexing_info=indexing_info,
        )

        api_create_scheduled_indexing_output.additional_properties = d
        return api_create_scheduled_indexing_output

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
