from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressedResourceRootLinksPages")


@_attrs_define
class SuppressedResourceRootLinksPages:
    """
    Attributes:
        first (str | Unset):  Example: https://api.digitalocean.com/v2/security/settings/suppressions?page=1.
        prev (str | Unset):  Example: https://api.digitalocean.com/v2/security/settings/suppressions?page=1.
        next_ (str | Unset):  Example: https://api.digitalocean.com/v2/security/settings/suppressions?page=2.
        last (str | Unset):  Example: https://api.digitalocean.com/v2/security/settings/suppressions?page=3.
    """

    first: str | Unset = UNSET
    prev: str | Unset = UNSET
    next_: str | Unset = UNSET
    last: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        prev = self.prev

        next_ = self.next_

        last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first = d.pop("first", UNSET)

        prev = d.pop("prev", UNSET)

        next_ = d.pop("next", UNSET)

        last = d.pop("last", UNSET)

        suppressed_resource_root_links_pages = cls(
            first=first,
            prev=prev,
            next_=next_,
            last=last,
        )

        suppressed_resource_root_links_pages.additional_properties = d
        return suppressed_resource_root_links_pages

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
