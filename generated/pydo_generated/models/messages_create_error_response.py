from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_create_error_response_type import MessagesCreateErrorResponseType

if TYPE_CHECKING:
    from ..models.messages_create_error_response_error import (
        MessagesCreateErrorResponseError,
    )


T = TypeVar("T", bound="MessagesCreateErrorResponse")


@_attrs_define
class MessagesCreateErrorResponse:
    """Error envelope for some failures from this endpoint.

    Attributes:
        type_ (MessagesCreateErrorResponseType):
        error (MessagesCreateErrorResponseError):
    """

    type_: MessagesCreateErrorResponseType
    error: MessagesCreateErrorResponseError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_create_error_response_error import (
            MessagesCreateErrorResponseError,
        )

        d = dict(src_dict)
        type_ = MessagesCreateErrorResponseType(d.pop("type"))

        error = MessagesCreateErrorResponseError.from_dict(d.pop("error"))

        messages_create_error_response = cls(
            type_=type_,
            error=error,
        )

        messages_create_error_response.additional_properties = d
        return messages_create_error_response

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
