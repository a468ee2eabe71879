from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_pricing_entry import ApiModelPricingEntry
    from ..models.api_token_pricing import ApiTokenPricing


T = TypeVar("T", bound="ApiEvaluationPricing")


@_attrs_define
class ApiEvaluationPricing:
    """Pricing breakdown for an evaluation run.

    Attributes:
        currency (str | Unset): Currency code (e.g., "USD"). Example: example string.
        judge_model_pricing (ApiTokenPricing | Unset): Token pricing breakdown for a single model.
        per_candidate_model_pricing (list[ApiModelPricingEntry] | Unset): Pricing per candidate model.
        total_cost (float | Unset): Total cost of the evaluation run (all candidates + judge). Example: 123.
    """

    currency: str | Unset = UNSET
    judge_model_pricing: ApiTokenPricing | Unset = UNSET
    per_candidate_model_pricing: list[ApiModelPricingEntry] | Unset = UNSET
    total_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        judge_model_pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.judge_model_pricing, Unset):
            judge_model_pricing = self.judge_model_pricing.to_dict()

        per_candidate_model_pricing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.per_candidate_model_pricing, Unset):
            per_candidate_model_pricing = []
            for (
                per_candidate_model_pricing_item_data
            ) in self.per_candidate_model_pricing:
                per_candidate_model_pricing_item = (
                    per_candidate_model_pricing_item_data.to_dict()
                )
                per_candidate_model_pricing.append(per_candidate_model_pricing_item)

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if judge_model_pricing is not UNSET:
            field_dict["judge_model_pricing"] = judge_model_pricing
        if per_candidate_model_pricing is not UNSET:
            field_dict["per_candidate_model_pricing"] = per_candidate_model_pricing
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_pricing_entry import ApiModelPricingEntry
        from ..models.api_token_pricing import ApiTokenPricing

        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        _judge_model_pricing = d.pop("judge_model_pricing", UNSET)
        judge_model_pricing: ApiTokenPricing | Unset
        if isinstance(_judge_model_pricing, Unset):
            judge_model_pricing = UNSET
        else:
            judge_model_pricing = ApiTokenPricing.from_dict(_judge_model_pricing)

        _per_candidate_model_pricing = d.pop("per_candidate_model_pricing", UNSET)
        per_candidate_model_pricing: list[ApiModelPricingEntry] | Unset = UNSET
        if _per_candidate_model_pricing is not UNSET:
            per_candidate_model_pricing = []
            for per_candidate_model_pricing_item_data in _per_candidate_model_pricing:
                per_candidate_model_pricing_item = ApiModelPricingEntry.from_dict(
                    per_candidate_model_pricing_item_data
                )

                per_candidate_model_pricing.append(per_candidate_model_pricing_item)

        total_cost = d.pop("total_cost", UNSET)

        api_evaluation_pricing = cls(
            currency=currency,
            judge_model_pricing=judge_model_pricing,
            per_candidate_model_pricing=per_candidate_model_pricing,
            total_cost=total_cost,
        )

        api_evaluation_pricing.additional_properties = d
        return api_evaluation_pricing

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
