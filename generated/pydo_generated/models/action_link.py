from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionLink")


@_attrs_define
class ActionLink:
    """The linked actions can be used to check the status of a Droplet's create event.

    Attributes:
        id (int | Unset): A unique numeric ID that can be used to identify and reference an action. Example: 7515.
        rel (str | Unset): A string specifying the type of the related action. Example: create.
        href (str | Unset): A URL that can be used to access the action. Example:
            https://api.digitalocean.com/v2/actions/7515.
    """

    id: int | Unset = UNSET
    rel: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rel = self.rel

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rel is not UNSET:
            field_dict["rel"] = rel
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        rel = d.pop("rel", UNSET)

        href = d.pop("href", UNSET)

        action_link = cls(
            id=id,
            rel=rel,
            href=href,
        )

        action_link.additional_properties = d
        return action_link

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
