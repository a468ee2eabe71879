from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multiregistry_create_region import MultiregistryCreateRegion
from ..models.multiregistry_create_subscription_tier_slug import (
    MultiregistryCreateSubscriptionTierSlug,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiregistryCreate")


@_attrs_define
class MultiregistryCreate:
    """
    Attributes:
        name (str): A globally unique name for the container registry. Must be lowercase and be composed only of
            numbers, letters and `-`, up to a limit of 63 characters. Example: example.
        subscription_tier_slug (MultiregistryCreateSubscriptionTierSlug | Unset): The slug of the subscription tier to
            sign up for. Valid values can be retrieved using the options endpoint. Example: basic.
        region (MultiregistryCreateRegion | Unset): Slug of the region where registry data is stored. When not provided,
            a region will be selected. Example: fra1.
    """

    name: str
    subscription_tier_slug: MultiregistryCreateSubscriptionTierSlug | Unset = UNSET
    region: MultiregistryCreateRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subscription_tier_slug: str | Unset = UNSET
        if not isinstance(self.subscription_tier_slug, Unset):
            subscription_tier_slug = self.subscription_tier_slug.value

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if subscription_tier_slug is not UNSET:
            field_dict["subscription_tier_slug"] = subscription_tier_slug
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        _subscription_tier_slug = d.pop("subscription_tier_slug", UNSET)
        subscription_tier_slug: MultiregistryCreateSubscriptionTierSlug | Unset
        if isinstance(_subscription_tier_slug, Unset):
            subscription_tier_slug = UNSET
        else:
            subscription_tier_slug = MultiregistryCreateSubscriptionTierSlug(
                _subscription_tier_slug
            )

        _region = d.pop("region", UNSET)
        region: MultiregistryCreateRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = MultiregistryCreateRegion(_region)

        multiregistry_create = cls(
            name=name,
            subscription_tier_slug=subscription_tier_slug,
            region=region,
        )

        multiregistry_create.additional_properties = d
        return multiregistry_create

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
