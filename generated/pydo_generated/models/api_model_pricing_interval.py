from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_pricing import ApiModelPricing


T = TypeVar("T", bound="ApiModelPricingInterval")


@_attrs_define
class ApiModelPricingInterval:
    """A time window during which the model's rates stay the same. Together these
    intervals show how pricing changes over the course of a day.

        Attributes:
            end_time (datetime.datetime | Unset): End of the interval, exclusive. Always on the hour. Example:
                2021-01-01T15:00:00Z.
            prices (ApiModelPricing | Unset): Pricing per million tokens (aligns with existing ModelPrice pattern)
            start_time (datetime.datetime | Unset): Start of the interval, inclusive. Always on the hour. Example:
                2021-01-01T13:00:00Z.
    """

    end_time: datetime.datetime | Unset = UNSET
    prices: ApiModelPricing | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if prices is not UNSET:
            field_dict["prices"] = prices
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_pricing import ApiModelPricing

        d = dict(src_dict)
        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _prices = d.pop("prices", UNSET)
        prices: ApiModelPricing | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = ApiModelPricing.from_dict(_prices)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        api_model_pricing_interval = cls(
            end_time=end_time,
            prices=prices,
            start_time=start_time,
        )

        api_model_pricing_interval.additional_properties = d
        return api_model_pricing_interval

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
