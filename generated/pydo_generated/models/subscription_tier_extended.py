from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription_tier_extended_eligibility_reasons_item import (
    SubscriptionTierExtendedEligibilityReasonsItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionTierExtended")


@_attrs_define
class SubscriptionTierExtended:
    """
    Attributes:
        eligible (bool | Unset): A boolean indicating whether your account it eligible to use a certain subscription
            tier. Example: True.
        eligibility_reasons (list[SubscriptionTierExtendedEligibilityReasonsItem] | Unset): If your account is not
            eligible to use a certain subscription tier, this will include a list of reasons that prevent you from using the
            tier. Example: ['OverRepositoryLimit'].
    """

    eligible: bool | Unset = UNSET
    eligibility_reasons: (
        list[SubscriptionTierExtendedEligibilityReasonsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if eligible is not UNSET:
            field_dict["eligible"] = eligible
        if eligibility_reasons is not UNSET:
            field_dict["eligibility_reasons"] = eligibility_reasons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        subscription_tier_extended = cls(
            eligible=eligible,
            eligibility_reasons=eligibility_reasons,
        )

        subscription_tier_extended.additional_properties = d
        return subscription_tier_extended

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
