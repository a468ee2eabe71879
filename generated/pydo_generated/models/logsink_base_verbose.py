from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logsink_base_verbose_sink_type import LogsinkBaseVerboseSinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogsinkBaseVerbose")


@_attrs_define
class LogsinkBaseVerbose:
    """
    Attributes:
        sink_id (str | Unset): A unique identifier for Logsink Example: dfcc9f57d86bf58e321c2c6c31c7a971be244ac7.
        sink_name (str | Unset): The name of the Logsink Example: prod-logsink.
        sink_type (LogsinkBaseVerboseSinkType | Unset):  Example: rsyslog.
    """

    sink_id: str | Unset = UNSET
    sink_name: str | Unset = UNSET
    sink_type: LogsinkBaseVerboseSinkType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sink_id = self.sink_id

        sink_name = self.sink_name

        sink_type: str | Unset = UNSET
        if not isinstance(self.sink_type, Unset):
            sink_type = self.sink_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sink_id is not UNSET:
            field_dict["sink_id"] = sink_id
        if sink_name is not UNSET:
            field_dict["sink_name"] = sink_name
        if sink_type is not UNSET:
            field_dict["sink_type"] = sink_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sink_id = d.pop("sink_id", UNSET)

        sink_name = d.pop("sink_name", UNSET)

        _sink_type = d.pop("sink_type", UNSET)
        sink_type: LogsinkBaseVerboseSinkType | Unset
        if isinstance(_sink_type, Unset):
            sink_type = UNSET
        else:
            sink_type = LogsinkBaseVerboseSinkType(_sink_type)

        logsink_base_verbose = cls(
            sink_id=sink_id,
            sink_name=sink_name,
            sink_type=sink_type,
        )

        logsink_base_verbose.additional_properties = d
        return logsink_base_verbose

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
