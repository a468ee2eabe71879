from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedInferenceSize")


@_attrs_define
class DedicatedInferenceSize:
    """
    Attributes:
        gpu_slug (str | Unset):  Example: gpu-mi300x1-192gb.
        price_per_hour (str | Unset):  Example: 2.
        region (str | Unset):  Example: nyc2.
        currency (str | Unset):  Example: USD.
    """

    gpu_slug: str | Unset = UNSET
    price_per_hour: str | Unset = UNSET
    region: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_slug = self.gpu_slug

        price_per_hour = self.price_per_hour

        region = self.region

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_slug is not UNSET:
            field_dict["gpu_slug"] = gpu_slug
        if price_per_hour is not UNSET:
            field_dict["price_per_hour"] = price_per_hour
        if region is not UNSET:
            field_dict["region"] = region
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gpu_slug = d.pop("gpu_slug", UNSET)

        price_per_hour = d.pop("price_per_hour", UNSET)

        region = d.pop("region", UNSET)

        currency = d.pop("currency", UNSET)

        dedicated_inference_size = cls(
            gpu_slug=gpu_slug,
            price_per_hour=price_per_hour,
            region=region,
            currency=currency,
        )

        dedicated_inference_size.additional_properties = d
        return dedicated_inference_size

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
