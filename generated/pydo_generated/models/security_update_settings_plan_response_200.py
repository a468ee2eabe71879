from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_update_settings_plan_response_200_tier_coverage import (
        SecurityUpdateSettingsPlanResponse200TierCoverage,
    )


T = TypeVar("T", bound="SecurityUpdateSettingsPlanResponse200")


@_attrs_define
class SecurityUpdateSettingsPlanResponse200:
    """
    Attributes:
        tier_coverage (SecurityUpdateSettingsPlanResponse200TierCoverage | Unset):
    """

    tier_coverage: SecurityUpdateSettingsPlanResponse200TierCoverage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier_coverage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_coverage, Unset):
            tier_coverage = self.tier_coverage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tier_coverage is not UNSET:
            field_dict["tier_coverage"] = tier_coverage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.security_update_settings_plan_response_200_tier_coverage import (
            SecurityUpdateSettingsPlanResponse200TierCoverage,
        )

        d = dict(src_dict)
        _tier_coverage = d.pop("tier_coverage", UNSET)
        tier_coverage: SecurityUpdateSettingsPlanResponse200TierCoverage | Unset
        if isinstance(_tier_coverage, Unset):
            tier_coverage = UNSET
        else:
            tier_coverage = SecurityUpdateSettingsPlanResponse200TierCoverage.from_dict(
                _tier_coverage
            )

        security_update_settings_plan_response_200 = cls(
            tier_coverage=tier_coverage,
        )

        security_update_settings_plan_response_200.additional_properties = d
        return security_update_settings_plan_response_200

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
