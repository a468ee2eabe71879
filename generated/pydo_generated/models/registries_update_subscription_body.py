from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registries_update_subscription_body_tier_slug import (
    RegistriesUpdateSubscriptionBodyTierSlug,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistriesUpdateSubscriptionBody")


@_attrs_define
class RegistriesUpdateSubscriptionBody:
    """
    Attributes:
        tier_slug (RegistriesUpdateSubscriptionBodyTierSlug | Unset): The slug of the subscription tier to sign up for.
            Example: basic.
    """

    tier_slug: RegistriesUpdateSubscriptionBodyTierSlug | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier_slug: str | Unset = UNSET
        if not isinstance(self.tier_slug, Unset):
            tier_slug = self.tier_slug.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tier_slug is not UNSET:
            field_dict["tier_slug"] = tier_slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _tier_slug = d.pop("tier_slug", UNSET)
        tier_slug: RegistriesUpdateSubscriptionBodyTierSlug | Unset
        if isinstance(_tier_slug, Unset):
            tier_slug = UNSET
        else:
            tier_slug = RegistriesUpdateSubscriptionBodyTierSlug(_tier_slug)

        registries_update_subscription_body = cls(
            tier_slug=tier_slug,
        )

        registries_update_subscription_body.additional_properties = d
        return registries_update_subscription_body

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
