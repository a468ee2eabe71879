from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncInvokeRequestInput")


@_attrs_define
class AsyncInvokeRequestInput:
    """The input parameters for the model invocation. Fields vary by model type.

    For **image generation** models (e.g., `fal-ai/flux/schnell`, `fal-ai/fast-sdxl`), use `prompt` along with optional
    image parameters like `output_format`, `num_inference_steps`, `guidance_scale`, `num_images`, and
    `enable_safety_checker`.

    For **audio generation** models (e.g., `fal-ai/stable-audio-25/text-to-audio`), use `prompt` along with
    `seconds_total` to control the duration.

    For **text-to-speech** models (e.g., `fal-ai/elevenlabs/tts/multilingual-v2`), use `text` with the content you want
    converted to speech.

        Attributes:
            prompt (str | Unset): The text prompt describing the desired output. Used for image generation and audio
                generation models.
                 Example: A futuristic city at sunset.
            text (str | Unset): The text content to convert to speech. Used for text-to-speech models.
                 Example: This text-to-speech example uses DigitalOcean multilingual voice..
            output_format (None | str | Unset): The desired output format or aspect ratio for image generation.
                 Example: landscape_4_3.
            num_inference_steps (int | None | Unset): The number of inference steps to use during image generation. More
                steps generally produce higher quality output but take longer.
                 Example: 4.
            guidance_scale (float | None | Unset): Controls how closely the image generation model follows the prompt.
                Higher values produce output more closely matching the prompt.
                 Example: 3.5.
            num_images (int | None | Unset): The number of images to generate. Example: 1.
            enable_safety_checker (bool | None | Unset): Whether to enable the safety checker for generated content.
                Example: True.
            seconds_total (int | None | Unset): The total duration in seconds for generated audio. Used for audio generation
                models.
                 Example: 60.
    """

    prompt: str | Unset = UNSET
    text: str | Unset = UNSET
    output_format: None | str | Unset = UNSET
    num_inference_steps: int | None | Unset = UNSET
    guidance_scale: float | None | Unset = UNSET
    num_images: int | None | Unset = UNSET
    enable_safety_checker: bool | None | Unset = UNSET
    seconds_total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        text = self.text

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        else:
            output_format = self.output_format

        num_inference_steps: int | None | Unset
        if isinstance(self.num_inference_steps, Unset):
            num_inference_steps = UNSET
        else:
            num_inference_steps = self.num_inference_steps

        guidance_scale: float | None | Unset
        if isinstance(self.guidance_scale, Unset):
            guidance_scale = UNSET
        else:
            guidance_scale = self.guidance_scale

        num_images: int | None | Unset
        if isinstance(self.num_images, Unset):
            num_images = UNSET
        else:
            num_images = self.num_images

        enable_safety_checker: bool | None | Unset
        if isinstance(self.enable_safety_checker, Unset):
            enable_safety_checker = UNSET
        else:
            enable_safety_checker = self.enable_safety_checker

        seconds_total: int | None | Unset
        if isinstance(self.seconds_total, Unset):
            seconds_total = UNSET
        else:
            seconds_total = self.seconds_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if text is not UNSET:
            field_dict["text"] = text
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if enable_safety_checker is not UNSET:
            field_dict["enable_safety_checker"] = enable_safety_checker
        if seconds_total is not UNSET:
            field_dict["seconds_total"] = seconds_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        text = d.pop("text", UNSET)

        def _parse_output_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_num_inference_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_inference_steps = _parse_num_inference_steps(
            d.pop("num_inference_steps", UNSET)
        )

        def _parse_guidance_scale(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        guidance_scale = _parse_guidance_scale(d.pop("guidance_scale", UNSET))

        def _parse_num_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_images = _parse_num_images(d.pop("num_images", UNSET))

        def _parse_enable_safety_checker(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_safety_checker = _parse_enable_safety_checker(
            d.pop("enable_safety_checker", UNSET)
        )

        def _parse_seconds_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seconds_total = _parse_seconds_total(d.pop("seconds_total", UNSET))

        async_invoke_request_input = cls(
            prompt=prompt,
            text=text,
            output_format=output_format,
            num_inference_steps=num_inference_steps,
            guidance_scale=guidance_scale,
            num_images=num_images,
            enable_safety_checker=enable_safety_checker,
            seconds_total=seconds_total,
        )

        async_invoke_request_input.additional_properties = d
        return async_invoke_request_input

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
