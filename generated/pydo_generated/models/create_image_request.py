from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_image_request_size import CreateImageRequestSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """Request body for image generation.

    Attributes:
        prompt (str): A text description of the desired image(s). Supports up to 32,000 characters and provides
            automatic prompt optimization for best results.
             Example: A cute baby sea otter floating on its back in calm blue water.
        model (str): The model to use for image generation.
             Example: openai-gpt-image-1.
        n (int): The number of images to generate. Must be between 1 and 10.
             Example: 1.
        moderation (None | str | Unset): The moderation setting for the image generation. Supported values: low, auto.
             Example: auto.
        background (None | str | Unset): The background setting for the image generation. Supported values: transparent,
            opaque, auto.
             Example: auto.
        output_format (None | str | Unset): The output format for the image generation. Supported values: png, webp,
            jpeg.
             Example: png.
        output_compression (int | None | Unset): The output compression level for the image generation (0-100).
             Example: 100.
        quality (None | str | Unset): The quality of the image that will be generated. Supported values: auto, high,
            medium, low.
             Example: auto.
        size (CreateImageRequestSize | Unset): The size of the generated images. GPT-IMAGE-1 supports: auto
            (automatically select best size), 1536x1024 (landscape), 1024x1536 (portrait).
             Example: auto.
        stream (bool | None | Unset): If set to true, partial image data will be streamed as the image is being
            generated. The response will be sent as server-sent events with partial image chunks. When stream is true,
            partial_images must be greater than 0.
             Default: False. Example: False.
        partial_images (int | None | Unset): The number of partial image chunks to return during streaming generation.
            Defaults to 0. When stream=true, this must be greater than 0 to receive progressive updates of the image as it
            is being generated.
             Example: 1.
        user (None | str | Unset): A unique identifier representing your end-user, which can help DigitalOcean to
            monitor and detect abuse.
             Example: user-1234.
    """

    prompt: str
    model: str
    n: int
    moderation: None | str | Unset = UNSET
    background: None | str | Unset = UNSET
    output_format: None | str | Unset = UNSET
    output_compression: int | None | Unset = UNSET
    quality: None | str | Unset = UNSET
    size: CreateImageRequestSize | Unset = UNSET
    stream: bool | None | Unset = False
    partial_images: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model = self.model

        n = self.n

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        else:
            moderation = self.moderation

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        else:
            output_format = self.output_format

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "model": model,
                "n": n,
            }
        )
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        model = d.pop("model")

        n = d.pop("n")

        def _parse_moderation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_background(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_output_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_output_compression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_compression = _parse_output_compression(
            d.pop("output_compression", UNSET)
        )

        def _parse_quality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        _size = d.pop("size", UNSET)
        size: CreateImageRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = CreateImageRequestSize(_size)

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_partial_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partial_images = _parse_partial_images(d.pop("partial_images", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        create_image_request = cls(
            prompt=prompt,
            model=model,
            n=n,
            moderation=moderation,
            background=background,
            output_format=output_format,
            output_compression=output_compression,
            quality=quality,
            size=size,
            stream=stream,
            partial_images=partial_images,
            user=user,
        )

        create_image_request.additional_properties = d
        return create_image_request

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
