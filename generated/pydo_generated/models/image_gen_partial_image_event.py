from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_partial_image_event_background import (
    ImageGenPartialImageEventBackground,
)
from ..models.image_gen_partial_image_event_output_format import (
    ImageGenPartialImageEventOutputFormat,
)
from ..models.image_gen_partial_image_event_quality import (
    ImageGenPartialImageEventQuality,
)
from ..models.image_gen_partial_image_event_size import ImageGenPartialImageEventSize
from ..models.image_gen_partial_image_event_type import ImageGenPartialImageEventType

T = TypeVar("T", bound="ImageGenPartialImageEvent")


@_attrs_define
class ImageGenPartialImageEvent:
    """Emitted when a partial image is available during image generation streaming.

    Attributes:
        type_ (ImageGenPartialImageEventType): The type of the event. Always `image_generation.partial_image`. Example:
            image_generation.partial_image.
        b64_json (str): Base64-encoded partial image data, suitable for rendering as an image. Example:
            iVBORw0KGgoAAAANSUhEUgAAAQ....
        created_at (int): The Unix timestamp when the event was created. Example: 1677649456.
        size (ImageGenPartialImageEventSize): The size of the requested image. Example: 1024x1024.
        quality (ImageGenPartialImageEventQuality): The quality setting for the requested image. Example: auto.
        background (ImageGenPartialImageEventBackground): The background setting for the requested image. Example: auto.
        output_format (ImageGenPartialImageEventOutputFormat): The output format for the requested image. Example: png.
        partial_image_index (int): 0-based index for the partial image (streaming). Example: 0.
    """

    type_: ImageGenPartialImageEventType
    b64_json: str
    created_at: int
    size: ImageGenPartialImageEventSize
    quality: ImageGenPartialImageEventQuality
    background: ImageGenPartialImageEventBackground
    output_format: ImageGenPartialImageEventOutputFormat
    partial_image_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        b64_json = self.b64_json

        created_at = self.created_at

        size = self.size.value

        quality = self.quality.value

        background = self.background.value

        output_format = self.output_format.value

        partial_image_index = self.partial_image_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "b64_json": b64_json,
                "created_at": created_at,
                "size": size,
                "quality": quality,
                "background": background,
                "output_format": output_format,
                "partial_image_index": partial_image_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ImageGenPartialImageEventType(d.pop("type"))

        b64_json = d.pop("b64_json")

        created_at = d.pop("created_at")

        size = ImageGenPartialImageEventSize(d.pop("size"))

        quality = ImageGenPartialImageEventQuality(d.pop("quality"))

        background = ImageGenPartialImageEventBackground(d.pop("background"))

        output_format = ImageGenPartialImageEventOutputFormat(d.pop("output_format"))

        partial_image_index = d.pop("partial_image_index")

        image_gen_partial_image_event = cls(
            type_=type_,
            b64_json=b64_json,
            created_at=created_at,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            partial_image_index=partial_image_index,
        )

        image_gen_partial_image_event.additional_properties = d
        return image_gen_partial_image_event

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
