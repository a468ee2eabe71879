from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppHealthCheckSpec")


@_attrs_define
class AppHealthCheckSpec:
    """
    Attributes:
        failure_threshold (int | Unset): The number of failed health checks before considered unhealthy. Example: 18.
        port (int | Unset): The port on which the health check will be performed. Example: 80.
        http_path (str | Unset): The route path used for the HTTP health check ping. If not set, the HTTP health check
            will be disabled and a TCP health check used instead. Example: /health.
        initial_delay_seconds (int | Unset): The number of seconds to wait before beginning health checks. Example: 30.
        period_seconds (int | Unset): The number of seconds to wait between health checks. Example: 10.
        success_threshold (int | Unset): The number of successful health checks before considered healthy. Example: 1.
        timeout_seconds (int | Unset): The number of seconds after which the check times out. Example: 1.
    """

    failure_threshold: int | Unset = UNSET
    port: int | Unset = UNSET
    http_path: str | Unset = UNSET
    initial_delay_seconds: int | Unset = UNSET
    period_seconds: int | Unset = UNSET
    success_threshold: int | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_threshold = self.failure_threshold

        port = self.port

        http_path = self.http_path

        initial_delay_seconds = self.initial_delay_seconds

        period_seconds = self.period_seconds

        success_threshold = self.success_threshold

        timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure_threshold is not UNSET:
            field_dict["failure_threshold"] = failure_threshold
        if port is not UNSET:
            field_dict["port"] = port
        if http_path is not UNSET:
            field_dict["http_path"] = http_path
        if initial_delay_seconds is not UNSET:
            field_dict["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not UNSET:
            field_dict["period_seconds"] = period_seconds
        if success_threshold is not UNSET:
            field_dict["success_threshold"] = success_threshold
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        failure_threshold = d.pop("failure_threshold", UNSET)

        port = d.pop("port", UNSET)

        http_path = d.pop("http_path", UNSET)

        initial_delay_seconds = d.pop("initial_delay_seconds", UNSET)

        period_seconds = d.pop("period_seconds", UNSET)

        success_threshold = d.pop("success_threshold", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        app_health_check_spec = cls(
            failure_threshold=failure_threshold,
            port=port,
            http_path=http_path,
            initial_delay_seconds=initial_delay_seconds,
            period_seconds=period_seconds,
            success_threshold=success_threshold,
            timeout_seconds=timeout_seconds,
        )

        app_health_check_spec.additional_properties = d
        return app_health_check_spec

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
