from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logsink_schema import LogsinkSchema


T = TypeVar("T", bound="DatabasesListLogsinkResponse200")


@_attrs_define
class DatabasesListLogsinkResponse200:
    """
    Attributes:
        sinks (list[LogsinkSchema] | Unset):
    """

    sinks: list[LogsinkSchema] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sinks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sinks, Unset):
            sinks = []
            for sinks_item_data in self.sinks:
                sinks_item = sinks_item_data.to_dict()
                sinks.append(sinks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sinks is not UNSET:
            field_dict["sinks"] = sinks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.logsink_schema import LogsinkSchema

        d = dict(src_dict)
        _sinks = d.pop("sinks", UNSET)
        sinks: list[LogsinkSchema] | Unset = UNSET
        if _sinks is not UNSET:
            sinks = []
            for sinks_item_data in _sinks:
                sinks_item = LogsinkSchema.from_dict(sinks_item_data)

                sinks.append(sinks_item)

        databases_list_logsink_response_200 = cls(
            sinks=sinks,
        )

        databases_list_logsink_response_200.additional_properties = d
        return databases_list_logsink_response_200

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
