from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_tier_extended_eligibility_reasons_item import (
    SubscriptionTierExtendedEligibilityReasonsItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryGetOptionsResponse200OptionsSubscriptionTiersItem")


@_attrs_define
class RegistryGetOptionsResponse200OptionsSubscriptionTiersItem:
    """
    Attributes:
        name (str | Unset): The name of the subscription tier. Example: Basic.
        slug (str | Unset): The slug identifier of the subscription tier. Example: basic.
        included_repositories (int | Unset): The number of repositories included in the subscription tier. `0` indicates
            that the subscription tier includes unlimited repositories. Example: 5.
        included_storage_bytes (int | Unset): The amount of storage included in the subscription tier in bytes. Example:
            5368709120.
        allow_storage_overage (bool | Unset): A boolean indicating whether the subscription tier supports additional
            storage above what is included in the base plan at an additional cost per GiB used. Example: True.
        included_bandwidth_bytes (int | Unset): The amount of outbound data transfer included in the subscription tier
            in bytes. Example: 5368709120.
        monthly_price_in_cents (int | Unset): The monthly cost of the subscription tier in cents. Example: 500.
        storage_overage_price_in_cents (int | Unset): The price paid in cents per GiB for additional storage beyond what
            is included in the subscription plan. Example: 2.
        eligible (bool | Unset): A boolean indicating whether your account it eligible to use a certain subscription
            tier. Example: True.
        eligibility_reasons (list[SubscriptionTierExtendedEligibilityReasonsItem] | Unset): If your account is not
            eligible to use a certain subscription tier, this will include a list of reasons that prevent you from using the
            tier. Example: ['OverRepositoryLimit'].
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    included_repositories: int | Unset = UNSET
    included_storage_bytes: int | Unset = UNSET
    allow_storage_overage: bool | Unset = UNSET
    included_bandwidth_bytes: int | Unset = UNSET
    monthly_price_in_cents: int | Unset = UNSET
    storage_overage_price_in_cents: int | Unset = UNSET
    eligible: bool | Unset = UNSET
    eligibility_reasons: (
        list[SubscriptionTierExtendedEligibilityReasonsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        included_repositories = self.included_repositories

        included_storage_bytes = self.included_storage_bytes

        allow_storage_overage = self.allow_storage_overage

        included_bandwidth_bytes = self.included_bandwidth_bytes

        monthly_price_in_cents = self.monthly_price_in_cents

        storage_overage_price_in_cents = self.storage_overage_price_in_cents

        eligible = self.eligible

        eligibility_reasons: list[str] | Unset = UNSET
        if not isinstance(self.eligibility_reasons, Unset):
            eligibility_reasons = []
            for eligibility_reasons_item_data in self.eligibility_reasons:
                eligibility_reasons_item = eligibility_reasons_item_data.value
                eligibility_reasons.append(eligibility_reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if included_repositories is not UNSET:
            field_dict["included_repositories"] = included_repositories
        if included_storage_bytes is not UNSET:
            field_dict["included_storage_bytes"] = included_storage_bytes
        if allow_storage_overage is not UNSET:
            field_dict["allow_storage_overage"] = allow_storage_overage
        if included_bandwidth_bytes is not UNSET:
            field_dict["included_bandwidth_bytes"] = included_bandwidth_bytes
        if monthly_price_in_cents is not UNSET:
            field_dict["monthly_price_in_cents"] = monthly_price_in_cents
        if storage_overage_price_in_cents is not UNSET:
            field_dict["storage_overage_price_in_cents"] = (
                storage_overage_price_in_cents
            )
        if eligible is not UNSET:
            field_dict["eligible"] = eligible
        if eligibility_reasons is not UNSET:
            field_dict["eligibility_reasons"] = eligibility_reasons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        included_repositories = d.pop("included_repositories", UNSET)

        included_storage_bytes = d.pop("included_storage_bytes", UNSET)

        allow_storage_overage = d.pop("allow_storage_overage", UNSET)

        included_bandwidth_bytes = d.pop("included_bandwidth_bytes", UNSET)

        monthly_price_in_cents = d.pop("monthly_price_in_cents", UNSET)

        storage_overage_price_in_cents = d.pop("storage_overage_price_in_cents", UNSET)

        eligible = d.pop("eligible", UNSET)

        _eligibility_reasons = d.pop("eligibility_reasons", UNSET)
        eligibility_reasons: (
            list[SubscriptionTierExtendedEligibilityReasonsItem] | Unset
        ) = UNSET
        if _eligibility_reasons is not UNSET:
            eligibility_reasons = []
            for eligibility_reasons_item_data in _eligibility_reasons:
                eligibility_reasons_item = (
                    SubscriptionTierExtendedEligibilityReasonsItem(
                        eligibility_reasons_item_data
                    )
                )

                eligibility_reasons.append(eligibility_reasons_item)

        registry_get_options_response_200_options_subscription_tiers_item = cls(
            name=name,
            slug=slug,
            included_repositories=included_repositories,
            included_storage_bytes=included_storage_bytes,
            allow_storage_overage=allow_storage_overage,
            included_bandwidth_bytes=included_bandwidth_bytes,
            monthly_price_in_cents=monthly_price_in_cents,
            storage_overage_price_in_cents=storage_overage_price_in_cents,
            eligible=eligible,
            eligibility_reasons=eligibility_reasons,
        )

        registry_get_options_response_200_options_subscription_tiers_item.additional_properties = d
        return registry_get_options_response_200_options_subscription_tiers_item

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
