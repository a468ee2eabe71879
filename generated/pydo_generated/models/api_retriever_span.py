from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_span_common import ApiSpanCommon


T = TypeVar("T", bound="ApiRetrieverSpan")


@_attrs_define
class ApiRetrieverSpan:
    """Retriever span

    Attributes:
        common (ApiSpanCommon | Unset): Common optional fields shared by all span types
    """

    common: ApiSpanCommon | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        common: dict[str, Any] | Unset = UNSET
        if not isinstance(self.common, Unset):
            common = self.common.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common is not UNSET:
            field_dict["common"] = common

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_span_common import ApiSpanCommon

        d = dict(src_dict)
        _common = d.pop("common", UNSET)
        common: ApiSpanCommon | Unset
        if isinstance(_common, Unset):
            common = UNSET
        else:
            common = ApiSpanCommon.from_dict(_common)

        api_retriever_span = cls(
            common=common,
        )

        api_retriever_span.additional_properties = d
        return api_retriever_span

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
