from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiTokenPricing")


@_attrs_define
class ApiTokenPricing:
    """Token pricing breakdown for a single model.

    Attributes:
        input_cost (float | Unset): Cost of input tokens. Example: 123.
        output_cost (float | Unset): Cost of output tokens. Example: 123.
        total_cost (float | Unset): Total cost (input + output). Example: 123.
    """

    input_cost: float | Unset = UNSET
    output_cost: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_cost = self.input_cost

        output_cost = self.output_cost

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_cost is not UNSET:
            field_dict["input_cost"] = input_cost
        if output_cost is not UNSET:
            field_dict["output_cost"] = output_cost
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_cost = d.pop("input_cost", UNSET)

        output_cost = d.pop("output_cost", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        api_token_pricing = cls(
            input_cost=input_cost,
            output_cost=output_cost,
            total_cost=total_cost,
        )

        api_token_pricing.additional_properties = d
        return api_token_pricing

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
