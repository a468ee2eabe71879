from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_pricing import ApiModelPricing
    from ..models.api_model_pricing_interval import ApiModelPricingInterval


T = TypeVar("T", bound="ApiModelScaledPricing")


@_attrs_define
class ApiModelScaledPricing:
    """Pricing that varies over time. When present, the rates move between the low
    and high bounds below across the intervals in the schedule.

        Attributes:
            intervals (list[ApiModelPricingInterval] | Unset): The pricing schedule as a series of consecutive time
                intervals, ordered by
                start time. Neighboring hours with the same rates are combined, so each
                interval represents a distinct price.
            max_prices (ApiModelPricing | Unset): Pricing per million tokens (aligns with existing ModelPrice pattern)
            min_prices (ApiModelPricing | Unset): Pricing per million tokens (aligns with existing ModelPrice pattern)
    """

    intervals: list[ApiModelPricingInterval] | Unset = UNSET
    max_prices: ApiModelPricing | Unset = UNSET
    min_prices: ApiModelPricing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        max_prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_prices, Unset):
            max_prices = self.max_prices.to_dict()

        min_prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_prices, Unset):
            min_prices = self.min_prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if max_prices is not UNSET:
            field_dict["max_prices"] = max_prices
        if min_prices is not UNSET:
            field_dict["min_prices"] = min_prices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_pricing import ApiModelPricing
        from ..models.api_model_pricing_interval import ApiModelPricingInterval

        d = dict(src_dict)
        _intervals = d.pop("intervals", UNSET)
        intervals: list[ApiModelPricingInterval] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = ApiModelPricingInterval.from_dict(intervals_item_data)

                intervals.append(intervals_item)

        _max_prices = d.pop("max_prices", UNSET)
        max_prices: ApiModelPricing | Unset
        if isinstance(_max_prices, Unset):
            max_prices = UNSET
        else:
            max_prices = ApiModelPricing.from_dict(_max_prices)

        _min_prices = d.pop("min_prices", UNSET)
        min_prices: ApiModelPricing | Unset
        if isinstance(_min_prices, Unset):
            min_prices = UNSET
        else:
            min_prices = ApiModelPricing.from_dict(_min_prices)

        api_model_scaled_pricing = cls(
            intervals=intervals,
            max_prices=max_prices,
            min_prices=min_prices,
        )

        api_model_scaled_pricing.additional_properties = d
        return api_model_scaled_pricing

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
