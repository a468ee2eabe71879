from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCodeSnippets")


@_attrs_define
class ApiCodeSnippets:
    """Code examples for using the model

    Attributes:
        curl (str | Unset):  Example: example string.
        javascript (str | Unset):  Example: example string.
        python (str | Unset):  Example: example string.
        sdk (str | Unset):  Example: example string.
    """

    curl: str | Unset = UNSET
    javascript: str | Unset = UNSET
    python: str | Unset = UNSET
    sdk: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        curl = self.curl

        javascript = self.javascript

        python = self.python

        sdk = self.sdk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if curl is not UNSET:
            field_dict["curl"] = curl
        if javascript is not UNSET:
            field_dict["javascript"] = javascript
        if python is not UNSET:
            field_dict["python"] = python
        if sdk is not UNSET:
            field_dict["sdk"] = sdk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        curl = d.pop("curl", UNSET)

        javascript = d.pop("javascript", UNSET)

        python = d.pop("python", UNSET)

        sdk = d.pop("sdk", UNSET)

        api_code_snippets = cls(
            curl=curl,
            javascript=javascript,
            python=python,
            sdk=sdk,
        )

        api_code_snippets.additional_properties = d
        return api_code_snippets

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
