from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.logsink_schema import LogsinkSchema


T = TypeVar("T", bound="DatabasesCreateLogsinkResponse201")


@_attrs_define
class DatabasesCreateLogsinkResponse201:
    """
    Attributes:
        sink (LogsinkSchema | Unset):
    """

    sink: LogsinkSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sink: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sink, Unset):
            sink = self.sink.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sink is not UNSET:
            field_dict["sink"] = sink

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.logsink_schema import LogsinkSchema

        d = dict(src_dict)
        _sink = d.pop("sink", UNSET)
        sink: LogsinkSchema | Unset
        if isinstance(_sink, Unset):
            sink = UNSET
        else:
            sink = LogsinkSchema.from_dict(_sink)

        databases_create_logsink_response_201 = cls(
            sink=sink,
        )

        databases_create_logsink_response_201.additional_properties = d
        return databases_create_logsink_response_201

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
