from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_create_region import RegistryCreateRegion
from ..models.registry_create_subscription_tier_slug import (
    RegistryCreateSubscriptionTierSlug,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryCreate")


@_attrs_define
class RegistryCreate:
    """
    Attributes:
        name (str): A globally unique name for the container registry. Must be lowercase and be composed only of
            numbers, letters and `-`, up to a limit of 63 characters. Example: example.
        subscription_tier_slug (RegistryCreateSubscriptionTierSlug): The slug of the subscription tier to sign up for.
            Valid values can be retrieved using the options endpoint. Example: basic.
        region (RegistryCreateRegion | Unset): Slug of the region where registry data is stored. When not provided, a
            region will be selected. Example: fra1.
    """

    name: str
    subscription_tier_slug: RegistryCreateSubscriptionTierSlug
    region: RegistryCreateRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subscription_tier_slug = self.subscription_tier_slug.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "subscription_tier_slug": subscription_tier_slug,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        subscription_tier_slug = RegistryCreateSubscriptionTierSlug(
            d.pop("subscription_tier_slug")
        )

        _region = d.pop("region", UNSET)
        region: RegistryCreateRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = RegistryCreateRegion(_region)

        registry_create = cls(
            name=name,
            subscription_tier_slug=subscription_tier_slug,
            region=region,
        )

        registry_create.additional_properties = d
        return registry_create

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
