from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_check_protocol import HealthCheckProtocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthCheck")


@_attrs_define
class HealthCheck:
    """An object specifying health check settings for the load balancer.

    Attributes:
        protocol (HealthCheckProtocol | Unset): The protocol used for health checks sent to the backend Droplets. The
            possible values are `http`, `https`, or `tcp`. Default: HealthCheckProtocol.HTTP. Example: http.
        port (int | Unset): An integer representing the port on the backend Droplets on which the health check will
            attempt a connection. Default: 80. Example: 80.
        path (str | Unset): The path on the backend Droplets to which the load balancer instance will send a request.
            Default: '/'. Example: /.
        check_interval_seconds (int | Unset): The number of seconds between between two consecutive health checks.
            Default: 10. Example: 10.
        response_timeout_seconds (int | Unset): The number of seconds the load balancer instance will wait for a
            response until marking a health check as failed. Default: 5. Example: 5.
        unhealthy_threshold (int | Unset): The number of times a health check must fail for a backend Droplet to be
            marked "unhealthy" and be removed from the pool. Default: 5. Example: 5.
        healthy_threshold (int | Unset): The number of times a health check must pass for a backend Droplet to be marked
            "healthy" and be re-added to the pool. Default: 3. Example: 3.
    """

    protocol: HealthCheckProtocol | Unset = HealthCheckProtocol.HTTP
    port: int | Unset = 80
    path: str | Unset = "/"
    check_interval_seconds: int | Unset = 10
    response_timeout_seconds: int | Unset = 5
    unhealthy_threshold: int | Unset = 5
    healthy_threshold: int | Unset = 3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol.value

        port = self.port

        path = self.path

        check_interval_seconds = self.check_interval_seconds

        response_timeout_seconds = self.response_timeout_seconds

        unhealthy_threshold = self.unhealthy_threshold

        healthy_threshold = self.healthy_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if port is not UNSET:
            field_dict["port"] = port
        if path is not UNSET:
            field_dict["path"] = path
        if check_interval_seconds is not UNSET:
            field_dict["check_interval_seconds"] = check_interval_seconds
        if response_timeout_seconds is not UNSET:
            field_dict["response_timeout_seconds"] = response_timeout_seconds
        if unhealthy_threshold is not UNSET:
            field_dict["unhealthy_threshold"] = unhealthy_threshold
        if healthy_threshold is not UNSET:
            field_dict["healthy_threshold"] = healthy_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _protocol = d.pop("protocol", UNSET)
        protocol: HealthCheckProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = HealthCheckProtocol(_protocol)

        port = d.pop("port", UNSET)

        path = d.pop("path", UNSET)

        check_interval_seconds = d.pop("check_interval_seconds", UNSET)

        response_timeout_seconds = d.pop("response_timeout_seconds", UNSET)

        unhealthy_threshold = d.pop("unhealthy_threshold", UNSET)

        healthy_threshold = d.pop("healthy_threshold", UNSET)

        health_check = cls(
            protocol=protocol,
            port=port,
            path=path,
            check_interval_seconds=check_interval_seconds,
            response_timeout_seconds=response_timeout_seconds,
            unhealthy_threshold=unhealthy_threshold,
            healthy_threshold=healthy_threshold,
        )

        health_check.additional_properties = d
        return health_check

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
