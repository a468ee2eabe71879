from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiModelPricing")


@_attrs_define
class ApiModelPricing:
    """Pricing per million tokens (aligns with existing ModelPrice pattern)

    Attributes:
        cache_read_input_price_per_million (float | Unset): Per-million cache read rate for standard chat models
            (token_type "cache read input").
            Multimodal models use text_cache_read_input_price_per_million / image_cache_read_input_price_per_million
            instead. Example: 0.15.
        cache_write_1h_input_price_per_million (float | Unset): Price per million tokens written to the prompt cache
            with a 1-hour lifetime. Example: 10.
        cache_write_5m_input_price_per_million (float | Unset): Price per million tokens written to the prompt cache
            with a 5-minute lifetime. Example: 6.25.
        image_cache_read_input_price_per_million (float | Unset):  Example: 0.08.
        image_input_price_per_million (float | Unset):  Example: 0.3.
        image_output_price_per_million (float | Unset):  Example: 0.4.
        input_cache_read (float | Unset): Cache read input price per single token. Equivalent to
            cache_read_input_price_per_million. Example: 0.15.
        input_price_per_million (float | Unset):  Example: 0.6.
        output_price_per_million (float | Unset):  Example: 0.9.
        price_per_audio (float | Unset):  Example: 0.002.
        price_per_image (float | Unset): Unit-based pricing for non-token models (e.g., Fal AI image/video/audio
            generation, speech models). At most one of these is typically populated
            per model. Token-based models (chat, embeddings) leave all of these at 0
            and populate input_price_per_million / output_price_per_million instead. Example: 0.003.
        price_per_megapixel (float | Unset):  Example: 3e-05.
        price_per_second (float | Unset):  Example: 0.0001.
        price_per_thousand_characters (float | Unset):  Example: 0.015.
        price_per_video (float | Unset):  Example: 0.05.
        reasoning_price_per_million (float | Unset): Price per million reasoning tokens. 0 if the model does not charge
            separately for reasoning tokens. Example: 0.
        text_cache_read_input_price_per_million (float | Unset):  Example: 0.05.
        text_input_price_per_million (float | Unset): Per-million token rates for models that bill text vs image tokens
            separately
            (e.g. OpenAI gpt-image-2). Standard chat models leave these at 0 and use
            input_price_per_million / output_price_per_million instead. Values align
            with usage token_type / internal/usage.Type string values for each meter. Example: 0.1.
        text_output_price_per_million (float | Unset):  Example: 0.2.
    """

    cache_read_input_price_per_million: float | Unset = UNSET
    cache_write_1h_input_price_per_million: float | Unset = UNSET
    cache_write_5m_input_price_per_million: float | Unset = UNSET
    image_cache_read_input_price_per_million: float | Unset = UNSET
    image_input_price_per_million: float | Unset = UNSET
    image_output_price_per_million: float | Unset = UNSET
    input_cache_read: float | Unset = UNSET
    input_price_per_million: float | Unset = UNSET
    output_price_per_million: float | Unset = UNSET
    price_per_audio: float | Unset = UNSET
    price_per_image: float | Unset = UNSET
    price_per_megapixel: float | Unset = UNSET
    price_per_second: float | Unset = UNSET
    price_per_thousand_characters: float | Unset = UNSET
    price_per_video: float | Unset = UNSET
    reasoning_price_per_million: float | Unset = UNSET
    text_cache_read_input_price_per_million: float | Unset = UNSET
    text_input_price_per_million: float | Unset = UNSET
    text_output_price_per_million: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_read_input_price_per_million = self.cache_read_input_price_per_million

        cache_write_1h_input_price_per_million = (
            self.cache_write_1h_input_price_per_million
        )

        cache_write_5m_input_price_per_million = (
            self.cache_write_5m_input_price_per_million
        )

        image_cache_read_input_price_per_million = (
            self.image_cache_read_input_price_per_million
        )

        image_input_price_per_million = self.image_input_price_per_million

        image_output_price_per_million = self.image_output_price_per_million

        input_cache_read = self.input_cache_read

        input_price_per_million = self.input_price_per_million

        output_price_per_million = self.output_price_per_million

        price_per_audio = self.price_per_audio

        price_per_image = self.price_per_image

        price_per_megapixel = self.price_per_megapixel

        price_per_second = self.price_per_second

        price_per_thousand_characters = self.price_per_thousand_characters

        price_per_video = self.price_per_video

        reasoning_price_per_million = self.reasoning_price_per_million

        text_cache_read_input_price_per_million = (
            self.text_cache_read_input_price_per_million
        )

        text_input_price_per_million = self.text_input_price_per_million

        text_output_price_per_million = self.text_output_price_per_million

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_read_input_price_per_million is not UNSET:
            field_dict["cache_read_input_price_per_million"] = (
                cache_read_input_price_per_million
            )
        if cache_write_1h_input_price_per_million is not UNSET:
            field_dict["cache_write_1h_input_price_per_million"] = (
                cache_write_1h_input_price_per_million
            )
        if cache_write_5m_input_price_per_million is not UNSET:
            field_dict["cache_write_5m_input_price_per_million"] = (
                cache_write_5m_input_price_per_million
            )
        if image_cache_read_input_price_per_million is not UNSET:
            field_dict["image_cache_read_input_price_per_million"] = (
                image_cache_read_input_price_per_million
            )
        if image_input_price_per_million is not UNSET:
            field_dict["image_input_price_per_million"] = image_input_price_per_million
        if image_output_price_per_million is not UNSET:
            field_dict["image_output_price_per_million"] = (
                image_output_price_per_million
            )
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_price_per_million is not UNSET:
            field_dict["input_price_per_million"] = input_price_per_million
        if output_price_per_million is not UNSET:
            field_dict["output_price_per_million"] = output_price_per_million
        if price_per_audio is not UNSET:
            field_dict["price_per_audio"] = price_per_audio
        if price_per_image is not UNSET:
            field_dict["price_per_image"] = price_per_image
        if price_per_megapixel is not UNSET:
            field_dict["price_per_megapixel"] = price_per_megapixel
        if price_per_second is not UNSET:
            field_dict["price_per_second"] = price_per_second
        if price_per_thousand_characters is not UNSET:
            field_dict["price_per_thousand_characters"] = price_per_thousand_characters
        if price_per_video is not UNSET:
            field_dict["price_per_video"] = price_per_video
        if reasoning_price_per_million is not UNSET:
            field_dict["reasoning_price_per_million"] = reasoning_price_per_million
        if text_cache_read_input_price_per_million is not UNSET:
            field_dict["text_cache_read_input_price_per_million"] = (
                text_cache_read_input_price_per_million
            )
        if text_input_price_per_million is not UNSET:
            field_dict["text_input_price_per_million"] = text_input_price_per_million
        if text_output_price_per_million is not UNSET:
            field_dict["text_output_price_per_million"] = text_output_price_per_million

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cache_read_input_price_per_million = d.pop(
            "cache_read_input_price_per_million", UNSET
        )

        cache_write_1h_input_price_per_million = d.pop(
            "cache_write_1h_input_price_per_million", UNSET
        )

        cache_write_5m_input_price_per_million = d.pop(
            "cache_write_5m_input_price_per_million", UNSET
        )

        image_cache_read_input_price_per_million = d.pop(
            "image_cache_read_input_price_per_million", UNSET
        )

        image_input_price_per_million = d.pop("image_input_price_per_million", UNSET)

        image_output_price_per_million = d.pop("image_output_price_per_million", UNSET)

        input_cache_read = d.pop("input_cache_read", UNSET)

        input_price_per_million = d.pop("input_price_per_million", UNSET)

        output_price_per_million = d.pop("output_price_per_million", UNSET)

        price_per_audio = d.pop("price_per_audio", UNSET)

        price_per_image = d.pop("price_per_image", UNSET)

        price_per_megapixel = d.pop("price_per_megapixel", UNSET)

        price_per_second = d.pop("price_per_second", UNSET)

        price_per_thousand_characters = d.pop("price_per_thousand_characters", UNSET)

        price_per_video = d.pop("price_per_video", UNSET)

        reasoning_price_per_million = d.pop("reasoning_price_per_million", UNSET)

        text_cache_read_input_price_per_million = d.pop(
            "text_cache_read_input_price_per_million", UNSET
        )

        text_input_price_per_million = d.pop("text_input_price_per_million", UNSET)

        text_output_price_per_million = d.pop("text_output_price_per_million", UNSET)

        api_model_pricing = cls(
            cache_read_input_price_per_million=cache_read_input_price_per_million,
            cache_write_1h_input_price_per_million=cache_write_1h_input_price_per_million,
            cache_write_5m_input_price_per_million=cache_write_5m_input_price_per_million,
            image_cache_read_input_price_per_million=image_cache_read_input_price_per_million,
            image_input_price_per_million=image_input_price_per_million,
            image_output_price_per_million=image_output_price_per_million,
            input_cache_read=input_cache_read,
            input_price_per_million=input_price_per_million,
            output_price_per_million=output_price_per_million,
            price_per_audio=price_per_audio,
            price_per_image=price_per_image,
            price_per_megapixel=price_per_megapixel,
            price_per_second=price_per_second,
            price_per_thousand_characters=price_per_thousand_characters,
            price_per_video=price_per_video,
            reasoning_price_per_million=reasoning_price_per_million,
            text_cache_read_input_price_per_million=text_cache_read_input_price_per_million,
            text_input_price_per_million=text_input_price_per_million,
            text_output_price_per_million=text_output_price_per_million,
        )

        api_model_pricing.additional_properties = d
        return api_model_pricing

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
