from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inference_size import DedicatedInferenceSize


T = TypeVar("T", bound="DedicatedInferenceSizesResponse")


@_attrs_define
class DedicatedInferenceSizesResponse:
    """Available Dedicated Inference sizes and pricing.

    Attributes:
        enabled_regions (list[str] | Unset): Regions where Dedicated Inference is available. Example: ['nyc2', 'atl1'].
        sizes (list[DedicatedInferenceSize] | Unset):
    """

    enabled_regions: list[str] | Unset = UNSET
    sizes: list[DedicatedInferenceSize] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_regions: list[str] | Unset = UNSET
        if not isinstance(self.enabled_regions, Unset):
            enabled_regions = self.enabled_regions

        sizes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = []
            for sizes_item_data in self.sizes:
                sizes_item = sizes_item_data.to_dict()
                sizes.append(sizes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_regions is not UNSET:
            field_dict["enabled_regions"] = enabled_regions
        if sizes is not UNSET:
            field_dict["sizes"] = sizes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inference_size import DedicatedInferenceSize

        d = dict(src_dict)
        enabled_regions = cast(list[str], d.pop("enabled_regions", UNSET))

        _sizes = d.pop("sizes", UNSET)
        sizes: list[DedicatedInferenceSize] | Unset = UNSET
        if _sizes is not UNSET:
            sizes = []
            for sizes_item_data in _sizes:
                sizes_item = DedicatedInferenceSize.from_dict(sizes_item_data)

                sizes.append(sizes_item)

        dedicated_inference_sizes_response = cls(
            enabled_regions=enabled_regions,
            sizes=sizes,
        )

        dedicated_inference_sizes_response.additional_properties = d
        return dedicated_inference_sizes_response

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
