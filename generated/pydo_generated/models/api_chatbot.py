from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiChatbot")


@_attrs_define
class ApiChatbot:
    """A Chatbot

    Attributes:
        allowed_domains (list[str] | Unset):  Example: ['example string'].
        button_background_color (str | Unset):  Example: example string.
        logo (str | Unset):  Example: example string.
        name (str | Unset): Name of chatbot Example: example name.
        primary_color (str | Unset):  Example: example string.
        secondary_color (str | Unset):  Example: example string.
        starting_message (str | Unset):  Example: example string.
    """

    allowed_domains: list[str] | Unset = UNSET
    button_background_color: str | Unset = UNSET
    logo: str | Unset = UNSET
    name: str | Unset = UNSET
    primary_color: str | Unset = UNSET
    secondary_color: str | Unset = UNSET
    starting_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        button_background_color = self.button_background_color

        logo = self.logo

        name = self.name

        primary_color = self.primary_color

        secondary_color = self.secondary_color

        starting_message = self.starting_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if button_background_color is not UNSET:
            field_dict["button_background_color"] = button_background_color
        if logo is not UNSET:
            field_dict["logo"] = logo
        if name is not UNSET:
            field_dict["name"] = name
        if primary_color is not UNSET:
            field_dict["primary_color"] = primary_color
        if secondary_color is not UNSET:
            field_dict["secondary_color"] = secondary_color
        if starting_message is not UNSET:
            field_dict["starting_message"] = starting_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        button_background_color = d.pop("button_background_color", UNSET)

        logo = d.pop("logo", UNSET)

        name = d.pop("name", UNSET)

        primary_color = d.pop("primary_color", UNSET)

        secondary_color = d.pop("secondary_color", UNSET)

        starting_message = d.pop("starting_message", UNSET)

        api_chatbot = cls(
            allowed_domains=allowed_domains,
            button_background_color=button_background_color,
            logo=logo,
            name=name,
            primary_color=primary_color,
            secondary_color=secondary_color,
            starting_message=starting_message,
        )

        api_chatbot.additional_properties = d
        return api_chatbot

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
