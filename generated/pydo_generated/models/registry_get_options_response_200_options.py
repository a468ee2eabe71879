from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry_get_options_response_200_options_subscription_tiers_item import (
        RegistryGetOptionsResponse200OptionsSubscriptionTiersItem,
    )


T = TypeVar("T", bound="RegistryGetOptionsResponse200Options")


@_attrs_define
class RegistryGetOptionsResponse200Options:
    """
    Attributes:
        available_regions (list[str] | Unset):  Example: ['nyc3'].
        subscription_tiers (list[RegistryGetOptionsResponse200OptionsSubscriptionTiersItem] | Unset):
    """

    available_regions: list[str] | Unset = UNSET
    subscription_tiers: (
        list[RegistryGetOptionsResponse200OptionsSubscriptionTiersItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_regions: list[str] | Unset = UNSET
        if not isinstance(self.available_regions, Unset):
            available_regions = self.available_regions

        subscription_tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscription_tiers, Unset):
            subscription_tiers = []
            for subscription_tiers_item_data in self.subscription_tiers:
                subscription_tiers_item = subscription_tiers_item_data.to_dict()
                subscription_tiers.append(subscription_tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_regions is not UNSET:
            field_dict["available_regions"] = available_regions
        if subscription_tiers is not UNSET:
            field_dict["subscription_tiers"] = subscription_tiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry_get_options_response_200_options_subscription_tiers_item import (
            RegistryGetOptionsResponse200OptionsSubscriptionTiersItem,
        )

        d = dict(src_dict)
        available_regions = cast(list[str], d.pop("available_regions", UNSET))

        _subscription_tiers = d.pop("subscription_tiers", UNSET)
        subscription_tiers: (
            list[RegistryGetOptionsResponse200OptionsSubscriptionTiersItem] | Unset
        ) = UNSET
        if _subscription_tiers is not UNSET:
            subscription_tiers = []
            for subscription_tiers_item_data in _subscription_tiers:
                subscription_tiers_item = (
                    RegistryGetOptionsResponse200OptionsSubscriptionTiersItem.from_dict(
                        subscription_tiers_item_data
                    )
                )

                subscription_tiers.append(subscription_tiers_item)

        registry_get_options_response_200_options = cls(
            available_regions=available_regions,
            subscription_tiers=subscription_tiers,
        )

        registry_get_options_response_200_options.additional_properties = d
        return registry_get_options_response_200_options

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
