from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backward_links import BackwardLinks
    from ..models.forward_links import ForwardLinks


T = TypeVar("T", bound="PageLinks")


@_attrs_define
class PageLinks:
    """
    Attributes:
        pages (Any | BackwardLinks | ForwardLinks | Unset):  Example: {'pages': {'first':
            'https://api.digitalocean.com/v2/account/keys?page=1', 'prev':
            'https://api.digitalocean.com/v2/account/keys?page=2'}}.
    """

    pages: Any | BackwardLinks | ForwardLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.backward_links import BackwardLinks
        from ..models.forward_links import ForwardLinks

        pages: Any | dict[str, Any] | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, ForwardLinks) or isinstance(
            self.pages, BackwardLinks
        ):
            pages = self.pages.to_dict()
        else:
            pages = self.pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.backward_links import BackwardLinks
        from ..models.forward_links import ForwardLinks

        d = dict(src_dict)

        def _parse_pages(data: object) -> Any | BackwardLinks | ForwardLinks | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pages_type_0 = ForwardLinks.from_dict(data)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pages_type_1 = BackwardLinks.from_dict(data)

                return pages_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | BackwardLinks | ForwardLinks | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

        page_links = cls(
            pages=pages,
        )

        page_links.additional_properties = d
        return page_links

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
