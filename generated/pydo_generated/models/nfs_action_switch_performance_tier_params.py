from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NfsActionSwitchPerformanceTierParams")


@_attrs_define
class NfsActionSwitchPerformanceTierParams:
    """
    Attributes:
        performance_tier (str): The performance tier to which the NFS share will be switched (e.g., standard, high).
            Example: standard.
    """

    performance_tier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        performance_tier = self.performance_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "performance_tier": performance_tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        performance_tier = d.pop("performance_tier")

        nfs_action_switch_performance_tier_params = cls(
            performance_tier=performance_tier,
        )

        nfs_action_switch_performance_tier_params.additional_properties = d
        return nfs_action_switch_performance_tier_params

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
