from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_plan_downgrades import SettingsPlanDowngrades
    from ..models.settings_settings import SettingsSettings
    from ..models.settings_tier_coverage import SettingsTierCoverage


T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """
    Attributes:
        settings (SettingsSettings | Unset):
        tier_coverage (SettingsTierCoverage | Unset):
        plan_downgrades (SettingsPlanDowngrades | Unset):
    """

    settings: SettingsSettings | Unset = UNSET
    tier_coverage: SettingsTierCoverage | Unset = UNSET
    plan_downgrades: SettingsPlanDowngrades | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        tier_coverage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_coverage, Unset):
            tier_coverage = self.tier_coverage.to_dict()

        plan_downgrades: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_downgrades, Unset):
            plan_downgrades = self.plan_downgrades.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings is not UNSET:
            field_dict["settings"] = settings
        if tier_coverage is not UNSET:
            field_dict["tier_coverage"] = tier_coverage
        if plan_downgrades is not UNSET:
            field_dict["plan_downgrades"] = plan_downgrades

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.settings_plan_downgrades import SettingsPlanDowngrades
        from ..models.settings_settings import SettingsSettings
        from ..models.settings_tier_coverage import SettingsTierCoverage

        d = dict(src_dict)
        _settings = d.pop("settings", UNSET)
        settings: SettingsSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = SettingsSettings.from_dict(_settings)

        _tier_coverage = d.pop("tier_coverage", UNSET)
        tier_coverage: SettingsTierCoverage | Unset
        if isinstance(_tier_coverage, Unset):
            tier_coverage = UNSET
        else:
            tier_coverage = SettingsTierCoverage.from_dict(_tier_coverage)

        _plan_downgrades = d.pop("plan_downgrades", UNSET)
        plan_downgrades: SettingsPlanDowngrades | Unset
        if isinstance(_plan_downgrades, Unset):
            plan_downgrades = UNSET
        else:
            plan_downgrades = SettingsPlanDowngrades.from_dict(_plan_downgrades)

        settings = cls(
            settings=settings,
            tier_coverage=tier_coverage,
            plan_downgrades=plan_downgrades,
        )

        settings.additional_properties = d
        return settings

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
