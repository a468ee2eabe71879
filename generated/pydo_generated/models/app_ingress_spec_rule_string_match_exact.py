from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppIngressSpecRuleStringMatchExact")


@_attrs_define
class AppIngressSpecRuleStringMatchExact:
    """The authority to match on.

    Attributes:
        exact (None | str): Exact string match. An empty string is a valid value and will be serialized explicitly
            rather than being omitted from the payload. Example: example.com.
    """

    exact: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exact: None | str
        exact = self.exact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exact": exact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_exact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exact = _parse_exact(d.pop("exact"))

        app_ingress_spec_rule_string_match_exact = cls(
            exact=exact,
        )

        app_ingress_spec_rule_string_match_exact.additional_properties = d
        return app_ingress_spec_rule_string_match_exact

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
