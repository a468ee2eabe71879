from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_invoke_request_input import AsyncInvokeRequestInput
    from ..models.async_invoke_request_tags_type_0_item import (
        AsyncInvokeRequestTagsType0Item,
    )


T = TypeVar("T", bound="AsyncInvokeRequest")


@_attrs_define
class AsyncInvokeRequest:
    """Request body for asynchronously invoking a model. Supports image generation, audio generation, and text-to-speech
    models. The `input` object fields vary depending on the model type.

        Attributes:
            model_id (str): The ID of the model to invoke asynchronously.
                 Example: fal-ai/flux/schnell.
            input_ (AsyncInvokeRequestInput): The input parameters for the model invocation. Fields vary by model type.

                For **image generation** models (e.g., `fal-ai/flux/schnell`, `fal-ai/fast-sdxl`), use `prompt` along with
                optional image parameters like `output_format`, `num_inference_steps`, `guidance_scale`, `num_images`, and
                `enable_safety_checker`.

                For **audio generation** models (e.g., `fal-ai/stable-audio-25/text-to-audio`), use `prompt` along with
                `seconds_total` to control the duration.

                For **text-to-speech** models (e.g., `fal-ai/elevenlabs/tts/multilingual-v2`), use `text` with the content you
                want converted to speech.
            tags (list[AsyncInvokeRequestTagsType0Item] | None | Unset): An optional list of key-value tags to attach to the
                invocation request for tracking or categorization.
    """

    model_id: str
    input_: AsyncInvokeRequestInput
    tags: list[AsyncInvokeRequestTagsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        input_ = self.input_.to_dict()

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "input": input_,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.async_invoke_request_input import AsyncInvokeRequestInput
        from ..models.async_invoke_request_tags_type_0_item import (
            AsyncInvokeRequestTagsType0Item,
        )

        d = dict(src_dict)
        model_id = d.pop("model_id")

        input_ = AsyncInvokeRequestInput.from_dict(d.pop("input"))

        def _parse_tags(
            data: object,
        ) -> list[AsyncInvokeRequestTagsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = AsyncInvokeRequestTagsType0Item.from_dict(
                        tags_type_0_item_data
                    )

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AsyncInvokeRequestTagsType0Item] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        async_invoke_request = cls(
            model_id=model_id,
            input_=input_,
            tags=tags,
        )

        async_invoke_request.additional_properties = d
        return async_invoke_request

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
