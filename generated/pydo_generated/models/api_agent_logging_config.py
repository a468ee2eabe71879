from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAgentLoggingConfig")


@_attrs_define
class ApiAgentLoggingConfig:
    """
    Attributes:
        galileo_project_id (str | Unset): Galileo project identifier Example: 123e4567-e89b-12d3-a456-426614174000.
        galileo_project_name (str | Unset): Name of the Galileo project Example: example name.
        insights_enabled (bool | Unset): Whether insights are enabled Example: True.
        insights_enabled_at (datetime.datetime | Unset): Timestamp when insights were enabled Example:
            2023-01-01T00:00:00Z.
        log_stream_id (str | Unset): Identifier for the log stream Example: 123e4567-e89b-12d3-a456-426614174000.
        log_stream_name (str | Unset): Name of the log stream Example: example name.
    """

    galileo_project_id: str | Unset = UNSET
    galileo_project_name: str | Unset = UNSET
    insights_enabled: bool | Unset = UNSET
    insights_enabled_at: datetime.datetime | Unset = UNSET
    log_stream_id: str | Unset = UNSET
    log_stream_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        galileo_project_id = self.galileo_project_id

        galileo_project_name = self.galileo_project_name

        insights_enabled = self.insights_enabled

        insights_enabled_at: str | Unset = UNSET
        if not isinstance(self.insights_enabled_at, Unset):
            insights_enabled_at = self.insights_enabled_at.isoformat()

        log_stream_id = self.log_stream_id

        log_stream_name = self.log_stream_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if galileo_project_id is not UNSET:
            field_dict["galileo_project_id"] = galileo_project_id
        if galileo_project_name is not UNSET:
            field_dict["galileo_project_name"] = galileo_project_name
        if insights_enabled is not UNSET:
            field_dict["insights_enabled"] = insights_enabled
        if insights_enabled_at is not UNSET:
            field_dict["insights_enabled_at"] = insights_enabled_at
        if log_stream_id is not UNSET:
            field_dict["log_stream_id"] = log_stream_id
        if log_stream_name is not UNSET:
            field_dict["log_stream_name"] = log_stream_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        galileo_project_id = d.pop("galileo_project_id", UNSET)

        galileo_project_name = d.pop("galileo_project_name", UNSET)

        insights_enabled = d.pop("insights_enabled", UNSET)

        _insights_enabled_at = d.pop("insights_enabled_at", UNSET)
        insights_enabled_at: datetime.datetime | Unset
        if isinstance(_insights_enabled_at, Unset):
            insights_enabled_at = UNSET
        else:
            insights_enabled_at = datetime.datetime.fromisoformat(_insights_enabled_at)

        log_stream_id = d.pop("log_stream_id", UNSET)

        log_stream_name = d.pop("log_stream_name", UNSET)

        api_agent_logging_config = cls(
            galileo_project_id=galileo_project_id,
            galileo_project_name=galileo_project_name,
            insights_enabled=insights_enabled,
            insights_enabled_at=insights_enabled_at,
            log_stream_id=log_stream_id,
            log_stream_name=log_stream_name,
        )

        api_agent_logging_config.additional_properties = d
        return api_agent_logging_config

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
