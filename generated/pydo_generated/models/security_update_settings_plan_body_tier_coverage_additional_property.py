from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty")


@_attrs_define
class SecurityUpdateSettingsPlanBodyTierCoverageAdditionalProperty:
    """
    Attributes:
        resources (list[str] | Unset): The URNs of resources to scan for the tier. Example:
            ['do:droplet:fe3a2fd7-903d-46e6-ada3-3e4f285fb89d'].
        tags (list[str] | Unset): Resource tags to scan for the tier. Example: ['production'].
    """

    resources: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources: list[str] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resources = cast(list[str], d.pop("resources", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        security_update_settings_plan_body_tier_coverage_additional_property = cls(
            resources=resources,
            tags=tags,
        )

        security_update_settings_plan_body_tier_coverage_additional_property.additional_properties = d
        return security_update_settings_plan_body_tier_coverage_additional_property

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
