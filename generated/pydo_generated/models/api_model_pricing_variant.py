from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_model_billing_mode import ApiModelBillingMode
from ..models.api_model_pricing_tier import ApiModelPricingTier
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_pricing import ApiModelPricing
    from ..models.api_model_scaled_pricing import ApiModelScaledPricing


T = TypeVar("T", bound="ApiModelPricingVariant")


@_attrs_define
class ApiModelPricingVariant:
    """Pricing for one variant of a model: a specific tier and billing mode.

    Attributes:
        currency (str | Unset): Currency code for this variant's rates (e.g. `USD`). Example: USD.
        label (str | Unset): Display name for the variant (e.g. `Standard`, `Fast Mode`, `1M Context`). Example:
            Standard.
        mode (ApiModelBillingMode | Unset): Whether rates apply to real-time or batch requests.

             - MODEL_BILLING_MODE_INTERACTIVE: Real-time request pricing.
             - MODEL_BILLING_MODE_BATCH: Discounted pricing for asynchronous batch requests. Example:
            MODEL_BILLING_MODE_UNSPECIFIED.
        prices (ApiModelPricing | Unset): Pricing per million tokens (aligns with existing ModelPrice pattern)
        scaled_pricing (ApiModelScaledPricing | Unset): Pricing that varies over time. When present, the rates move
            between the low
            and high bounds below across the intervals in the schedule.
        tier (ApiModelPricingTier | Unset): A pricing variant of a model, such as a faster serving option or a larger
            context window.

             - MODEL_PRICING_TIER_STANDARD: Default pricing.
             - MODEL_PRICING_TIER_FAST_MODE: Faster, higher-priority serving at a premium price.
             - MODEL_PRICING_TIER_EXTENDED_1M: Pricing for the 1M-token context window.
             - MODEL_PRICING_TIER_EXTENDED_272K: Pricing for the 272K-token context window.
             - MODEL_PRICING_TIER_BYOK: Pricing when using your own model API key. Example: MODEL_PRICING_TIER_UNSPECIFIED.
    """

    currency: str | Unset = UNSET
    label: str | Unset = UNSET
    mode: ApiModelBillingMode | Unset = UNSET
    prices: ApiModelPricing | Unset = UNSET
    scaled_pricing: ApiModelScaledPricing | Unset = UNSET
    tier: ApiModelPricingTier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        label = self.label

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        scaled_pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaled_pricing, Unset):
            scaled_pricing = self.scaled_pricing.to_dict()

        tier: str | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if label is not UNSET:
            field_dict["label"] = label
        if mode is not UNSET:
            field_dict["mode"] = mode
        if prices is not UNSET:
            field_dict["prices"] = prices
        if scaled_pricing is not UNSET:
            field_dict["scaled_pricing"] = scaled_pricing
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_pricing import ApiModelPricing
        from ..models.api_model_scaled_pricing import ApiModelScaledPricing

        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        label = d.pop("label", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ApiModelBillingMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ApiModelBillingMode(_mode)

        _prices = d.pop("prices", UNSET)
        prices: ApiModelPricing | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = ApiModelPricing.from_dict(_prices)

        _scaled_pricing = d.pop("scaled_pricing", UNSET)
        scaled_pricing: ApiModelScaledPricing | Unset
        if isinstance(_scaled_pricing, Unset):
            scaled_pricing = UNSET
        else:
            scaled_pricing = ApiModelScaledPricing.from_dict(_scaled_pricing)

        _tier = d.pop("tier", UNSET)
        tier: ApiModelPricingTier | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = ApiModelPricingTier(_tier)

        api_model_pricing_variant = cls(
            currency=currency,
            label=label,
            mode=mode,
            prices=prices,
            scaled_pricing=scaled_pricing,
            tier=tier,
        )

        api_model_pricing_variant.additional_properties = d
        return api_model_pricing_variant

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
