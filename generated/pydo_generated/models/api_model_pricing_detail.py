from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_pricing_variant import ApiModelPricingVariant


T = TypeVar("T", bound="ApiModelPricingDetail")


@_attrs_define
class ApiModelPricingDetail:
    """The complete set of prices for a model, covering every available variant.

    Attributes:
        variants (list[ApiModelPricingVariant] | Unset): Each available pricing variant for the model.
    """

    variants: list[ApiModelPricingVariant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = []
            for variants_item_data in self.variants:
                variants_item = variants_item_data.to_dict()
                variants.append(variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variants is not UNSET:
            field_dict["variants"] = variants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_pricing_variant import ApiModelPricingVariant

        d = dict(src_dict)
        _variants = d.pop("variants", UNSET)
        variants: list[ApiModelPricingVariant] | Unset = UNSET
        if _variants is not UNSET:
            variants = []
            for variants_item_data in _variants:
                variants_item = ApiModelPricingVariant.from_dict(variants_item_data)

                variants.append(variants_item)

        api_model_pricing_detail = cls(
            variants=variants,
        )

        api_model_pricing_detail.additional_properties = d
        return api_model_pricing_detail

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
