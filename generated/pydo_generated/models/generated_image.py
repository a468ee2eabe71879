from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratedImage")


@_attrs_define
class GeneratedImage:
    """Represents the content of a generated image.

    Attributes:
        b64_json (str): The base64-encoded JSON of the generated image.
             Example: iVBORw0KGgoAAAANSUhEUgAAAQAAAAEAAQMAAABmvDolAAAAA1BMVEX....
        revised_prompt (str | Unset): The optimized prompt that was used to generate the image.
             Example: A cute baby sea otter floating on its back in calm blue water, captured with professional photography
            lighting and composition.
    """

    b64_json: str
    revised_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b64_json = self.b64_json

        revised_prompt = self.revised_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "b64_json": b64_json,
            }
        )
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        b64_json = d.pop("b64_json")

        revised_prompt = d.pop("revised_prompt", UNSET)

        generated_image = cls(
            b64_json=b64_json,
            revised_prompt=revised_prompt,
        )

        generated_image.additional_properties = d
        return generated_image

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
