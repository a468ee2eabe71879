from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.security_update_settings_plan_body_tier_coverage_additional_property import (
        SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty,
    )


T = TypeVar("T", bound="SecurityUpdateSettingsPlanBodyTierCoverage")


@_attrs_define
class SecurityUpdateSettingsPlanBodyTierCoverage:
    """Scan coverage for each available plan tier.

    Example:
        {'basic': {'resources': ['do:droplet:fe3a2fd7-903d-46e6-ada3-3e4f285fb89d'], 'tags': ['production']}}

    """

    additional_properties: dict[
        str, SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.security_update_settings_plan_body_tier_coverage_additional_property import (
            SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty,
        )

        d = dict(src_dict)
        security_update_settings_plan_body_tier_coverage = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = (
                SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty.from_dict(
                    prop_dict
                )
            )

            additional_properties[prop_name] = additional_property

        security_update_settings_plan_body_tier_coverage.additional_properties = (
            additional_properties
        )
        return security_update_settings_plan_body_tier_coverage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
