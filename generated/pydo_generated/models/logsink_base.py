from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logsink_base_sink_type import LogsinkBaseSinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogsinkBase")


@_attrs_define
class LogsinkBase:
    """
    Attributes:
        sink_name (str | Unset): The name of the Logsink Example: prod-logsink.
        sink_type (LogsinkBaseSinkType | Unset): Type of logsink integration.

            - Use `datadog` for Datadog integration **only with MongoDB clusters**.
            - For non-MongoDB clusters, use `rsyslog` for general syslog forwarding.
            - Other supported types include `elasticsearch` and `opensearch`.

            More details about the configuration can be found in the `config` property.
             Example: rsyslog.
    """

    sink_name: str | Unset = UNSET
    sink_type: LogsinkBaseSinkType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sink_name = self.sink_name

        sink_type: str | Unset = UNSET
        if not isinstance(self.sink_type, Unset):
            sink_type = self.sink_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sink_name is not UNSET:
            field_dict["sink_name"] = sink_name
        if sink_type is not UNSET:
            field_dict["sink_type"] = sink_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sink_name = d.pop("sink_name", UNSET)

        _sink_type = d.pop("sink_type", UNSET)
        sink_type: LogsinkBaseSinkType | Unset
        if isinstance(_sink_type, Unset):
            sink_type = UNSET
        else:
            sink_type = LogsinkBaseSinkType(_sink_type)

        logsink_base = cls(
            sink_name=sink_name,
            sink_type=sink_type,
        )

        logsink_base.additional_properties = d
        return logsink_base

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
