from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedicated_inferences_list_response_200_links_pages import (
        DedicatedInferencesListResponse200LinksPages,
    )


T = TypeVar("T", bound="DedicatedInferencesListResponse200Links")


@_attrs_define
class DedicatedInferencesListResponse200Links:
    """
    Attributes:
        pages (DedicatedInferencesListResponse200LinksPages | Unset): Pagination links (first, prev, next, last).
    """

    pages: DedicatedInferencesListResponse200LinksPages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dedicated_inferences_list_response_200_links_pages import (
            DedicatedInferencesListResponse200LinksPages,
        )

        d = dict(src_dict)
        _pages = d.pop("pages", UNSET)
        pages: DedicatedInferencesListResponse200LinksPages | Unset
        if isinstance(_pages, Unset):
            pages = UNSET
        else:
            pages = DedicatedInferencesListResponse200LinksPages.from_dict(_pages)

        dedicated_inferences_list_response_200_links = cls(
            pages=pages,
        )

        dedicated_inferences_list_response_200_links.additional_properties = d
        return dedicated_inferences_list_response_200_links

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
