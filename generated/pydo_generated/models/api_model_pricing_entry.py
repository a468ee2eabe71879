from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_token_pricing import ApiTokenPricing


T = TypeVar("T", bound="ApiModelPricingEntry")


@_attrs_define
class ApiModelPricingEntry:
    """Pricing entry for a specific model.

    Attributes:
        model_name (str | Unset): Model name (for display purposes). Example: example name.
        model_uuid (str | Unset): Model UUID. Example: 123e4567-e89b-12d3-a456-426614174000.
        pricing (ApiTokenPricing | Unset): Token pricing breakdown for a single model.
        prompt_count (int | Unset): Number of prompts/rows routed to this model. Example: 123.
    """

    model_name: str | Unset = UNSET
    model_uuid: str | Unset = UNSET
    pricing: ApiTokenPricing | Unset = UNSET
    prompt_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        model_uuid = self.model_uuid

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        prompt_count = self.prompt_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_uuid is not UNSET:
            field_dict["model_uuid"] = model_uuid
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if prompt_count is not UNSET:
            field_dict["prompt_count"] = prompt_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_token_pricing import ApiTokenPricing

        d = dict(src_dict)
        model_name = d.pop("model_name", UNSET)

        model_uuid = d.pop("model_uuid", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: ApiTokenPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = ApiTokenPricing.from_dict(_pricing)

        prompt_count = d.pop("prompt_count", UNSET)

        api_model_pricing_entry = cls(
            model_name=model_name,
            model_uuid=model_uuid,
            pricing=pricing,
            prompt_count=prompt_count,
        )

        api_model_pricing_entry.additional_properties = d
        return api_model_pricing_entry

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
