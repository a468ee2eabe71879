from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsStringMatch")


@_attrs_define
class AppsStringMatch:
    """
    Attributes:
        exact (None | str | Unset): Exact string match. Only 1 of `exact`, `prefix`, or `regex` must be set. An empty
            string is a valid value and will be serialized explicitly rather than being omitted from the payload. Example:
            https://www.example.com.
        prefix (None | str | Unset): Prefix-based match. Only 1 of `exact`, `prefix`, or `regex` must be set. Example:
            https://www.example.com.
        regex (str | Unset): RE2 style regex-based match. Only 1 of `exact`, `prefix`, or `regex` must be set. For more
            information about RE2 syntax, see: https://github.com/google/re2/wiki/Syntax Example: ^.*example.com.
    """

    exact: None | str | Unset = UNSET
    prefix: None | str | Unset = UNSET
    regex: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exact: None | str | Unset
        if isinstance(self.exact, Unset):
            exact = UNSET
        else:
            exact = self.exact

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        regex = self.regex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exact is not UNSET:
            field_dict["exact"] = exact
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if regex is not UNSET:
            field_dict["regex"] = regex

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_exact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exact = _parse_exact(d.pop("exact", UNSET))

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        regex = d.pop("regex", UNSET)

        apps_string_match = cls(
            exact=exact,
            prefix=prefix,
            regex=regex,
        )

        apps_string_match.additional_properties = d
        return apps_string_match

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
