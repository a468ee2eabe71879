from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails


T = TypeVar("T", bound="ImagesUsage")


@_attrs_define
class ImagesUsage:
    """Token usage information for the image generation.

    Attributes:
        total_tokens (int): The total number of tokens (images and text) used for the image generation. Example: 4172.
        input_tokens (int): The number of tokens (images and text) in the input prompt. Example: 12.
        output_tokens (int): The number of image tokens in the output image. Example: 4160.
        input_tokens_details (ImagesUsageInputTokensDetails): Detailed breakdown of input tokens.
    """

    total_tokens: int
    input_tokens: int
    output_tokens: int
    input_tokens_details: ImagesUsageInputTokensDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tokens = self.total_tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_tokens": total_tokens,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "input_tokens_details": input_tokens_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.images_usage_input_tokens_details import (
            ImagesUsageInputTokensDetails,
        )

        d = dict(src_dict)
        total_tokens = d.pop("total_tokens")

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        input_tokens_details = ImagesUsageInputTokensDetails.from_dict(
            d.pop("input_tokens_details")
        )

        images_usage = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_tokens_details=input_tokens_details,
        )

        images_usage.additional_properties = d
        return images_usage

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
