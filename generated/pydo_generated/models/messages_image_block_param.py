from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_image_block_param_type import MessagesImageBlockParamType

if TYPE_CHECKING:
    from ..models.messages_image_source_param import MessagesImageSourceParam


T = TypeVar("T", bound="MessagesImageBlockParam")


@_attrs_define
class MessagesImageBlockParam:
    """Image content block in a request message.

    Attributes:
        type_ (MessagesImageBlockParamType):  Example: image.
        source (MessagesImageSourceParam): Image payload (for example base64-encoded bytes).
    """

    type_: MessagesImageBlockParamType
    source: MessagesImageSourceParam
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_image_source_param import MessagesImageSourceParam

        d = dict(src_dict)
        type_ = MessagesImageBlockParamType(d.pop("type"))

        source = MessagesImageSourceParam.from_dict(d.pop("source"))

        messages_image_block_param = cls(
            type_=type_,
            source=source,
        )

        messages_image_block_param.additional_properties = d
        return messages_image_block_param

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
