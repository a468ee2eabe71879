from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_latency_metrics import ApiLatencyMetrics
    from ..models.api_token_usage import ApiTokenUsage


T = TypeVar("T", bound="ApiPerformanceMetrics")


@_attrs_define
class ApiPerformanceMetrics:
    """All performance metrics are for the candidate model unless noted otherwise.

    Attributes:
        candidate_latency (ApiLatencyMetrics | Unset): Latency metrics for candidate model invocations (in
            milliseconds).
        token_usage (ApiTokenUsage | Unset):
    """

    candidate_latency: ApiLatencyMetrics | Unset = UNSET
    token_usage: ApiTokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidate_latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.candidate_latency, Unset):
            candidate_latency = self.candidate_latency.to_dict()

        token_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_usage, Unset):
            token_usage = self.token_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if candidate_latency is not UNSET:
            field_dict["candidate_latency"] = candidate_latency
        if token_usage is not UNSET:
            field_dict["token_usage"] = token_usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_latency_metrics import ApiLatencyMetrics
        from ..models.api_token_usage import ApiTokenUsage

        d = dict(src_dict)
        _candidate_latency = d.pop("candidate_latency", UNSET)
        candidate_latency: ApiLatencyMetrics | Unset
        if isinstance(_candidate_latency, Unset):
            candidate_latency = UNSET
        else:
            candidate_latency = ApiLatencyMetrics.from_dict(_candidate_latency)

        _token_usage = d.pop("token_usage", UNSET)
        token_usage: ApiTokenUsage | Unset
        if isinstance(_token_usage, Unset):
            token_usage = UNSET
        else:
            token_usage = ApiTokenUsage.from_dict(_token_usage)

        api_performance_metrics = cls(
            candidate_latency=candidate_latency,
            token_usage=token_usage,
        )

        api_performance_metrics.additional_properties = d
        return api_performance_metrics

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
