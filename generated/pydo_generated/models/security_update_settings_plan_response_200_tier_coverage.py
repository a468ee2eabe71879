from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.security_update_settings_plan_response_200_tier_coverage_additional_property import (
        SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty,
    )


T = TypeVar("T", bound="SecurityUpdateSettingsPlanResponse200TierCoverage")


@_attrs_define
class SecurityUpdateSettingsPlanResponse200TierCoverage:
    additional_properties: dict[
        str, SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.security_update_settings_plan_response_200_tier_coverage_additional_property import (
            SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty,
        )

        d = dict(src_dict)
        security_update_settings_plan_response_200_tier_coverage = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        security_update_settings_plan_response_200_tier_coverage.additional_properties = additional_properties
        return security_update_settings_plan_response_200_tier_coverage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: SecurityUpdateSettingsPlanResponse200TierCoverageAdditionalProperty,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
