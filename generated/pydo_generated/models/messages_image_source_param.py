from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessagesImageSourceParam")


@_attrs_define
class MessagesImageSourceParam:
    """Image payload (for example base64-encoded bytes).

    Attributes:
        type_ (str): Source kind (for example `base64`). Example: base64.
        media_type (str): MIME type of the image (for example `image/jpeg`). Example: image/jpeg.
        data (str): Encoded image data. Example: /9j/4AAQSkZJRg==.
    """

    type_: str
    media_type: str
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        media_type = self.media_type

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "media_type": media_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        media_type = d.pop("media_type")

        data = d.pop("data")

        messages_image_source_param = cls(
            type_=type_,
            media_type=media_type,
            data=data,
        )

        messages_image_source_param.additional_properties = d
        return messages_image_source_param

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
