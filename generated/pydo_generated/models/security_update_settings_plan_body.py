from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.security_update_settings_plan_body_tier_coverage import (
        SecurityUpdateSettingsPlanBodyTierCoverage,
    )


T = TypeVar("T", bound="SecurityUpdateSettingsPlanBody")


@_attrs_define
class SecurityUpdateSettingsPlanBody:
    """
    Attributes:
        tier_coverage (SecurityUpdateSettingsPlanBodyTierCoverage | Unset): Scan coverage for each available plan tier.
            Example: {'basic': {'resources': ['do:droplet:fe3a2fd7-903d-46e6-ada3-3e4f285fb89d'], 'tags': ['production']}}.
    """

    tier_coverage: SecurityUpdateSettingsPlanBodyTierCoverage | Unset = UNSET
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
        from ..models.security_update_settings_plan_body_tier_coverage import (
            SecurityUpdateSettingsPlanBodyTierCoverage,
        )

        d = dict(src_dict)
        _tier_coverage = d.pop("tier_coverage", UNSET)
        tier_coverage: SecurityUpdateSettingsPlanBodyTierCoverage | Unset
        if isinstance(_tier_coverage, Unset):
            tier_coverage = UNSET
        else:
            tier_coverage = SecurityUpdateSettingsPlanBodyTierCoverage.from_dict(
                _tier_coverage
            )

        security_update_settings_plan_body = cls(
            tier_coverage=tier_coverage,
        )

        security_update_settings_plan_body.additional_properties = d
        return security_update_settings_plan_body

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
