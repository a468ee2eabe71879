from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiLatencyMetrics")


@_attrs_define
class ApiLatencyMetrics:
    """Latency metrics for candidate model invocations (in milliseconds).

    Attributes:
        avg_e2e_latency_ms (float | Unset): Average end-to-end latency across all invocations. Example: 123.
        max_e2e_latency_ms (float | Unset): Maximum end-to-end latency observed. Example: 123.
        min_e2e_latency_ms (float | Unset): Minimum end-to-end latency observed. Example: 123.
        p50_latency_ms (float | Unset): P50 (median) latency. Example: 123.
        p90_latency_ms (float | Unset): P90 latency. Example: 123.
        p95_latency_ms (float | Unset): P95 latency. Example: 123.
    """

    avg_e2e_latency_ms: float | Unset = UNSET
    max_e2e_latency_ms: float | Unset = UNSET
    min_e2e_latency_ms: float | Unset = UNSET
    p50_latency_ms: float | Unset = UNSET
    p90_latency_ms: float | Unset = UNSET
    p95_latency_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_e2e_latency_ms = self.avg_e2e_latency_ms

        max_e2e_latency_ms = self.max_e2e_latency_ms

        min_e2e_latency_ms = self.min_e2e_latency_ms

        p50_latency_ms = self.p50_latency_ms

        p90_latency_ms = self.p90_latency_ms

        p95_latency_ms = self.p95_latency_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_e2e_latency_ms is not UNSET:
            field_dict["avg_e2e_latency_ms"] = avg_e2e_latency_ms
        if max_e2e_latency_ms is not UNSET:
            field_dict["max_e2e_latency_ms"] = max_e2e_latency_ms
        if min_e2e_latency_ms is not UNSET:
            field_dict["min_e2e_latency_ms"] = min_e2e_latency_ms
        if p50_latency_ms is not UNSET:
            field_dict["p50_latency_ms"] = p50_latency_ms
        if p90_latency_ms is not UNSET:
            field_dict["p90_latency_ms"] = p90_latency_ms
        if p95_latency_ms is not UNSET:
            field_dict["p95_latency_ms"] = p95_latency_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        avg_e2e_latency_ms = d.pop("avg_e2e_latency_ms", UNSET)

        max_e2e_latency_ms = d.pop("max_e2e_latency_ms", UNSET)

        min_e2e_latency_ms = d.pop("min_e2e_latency_ms", UNSET)

        p50_latency_ms = d.pop("p50_latency_ms", UNSET)

        p90_latency_ms = d.pop("p90_latency_ms", UNSET)

        p95_latency_ms = d.pop("p95_latency_ms", UNSET)

        api_latency_metrics = cls(
            avg_e2e_latency_ms=avg_e2e_latency_ms,
            max_e2e_latency_ms=max_e2e_latency_ms,
            min_e2e_latency_ms=min_e2e_latency_ms,
            p50_latency_ms=p50_latency_ms,
            p90_latency_ms=p90_latency_ms,
            p95_latency_ms=p95_latency_ms,
        )

        api_latency_metrics.additional_properties = d
        return api_latency_metrics

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
