from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_ingress_spec_rule_string_match_exact import (
        AppIngressSpecRuleStringMatchExact,
    )
    from ..models.app_ingress_spec_rule_string_match_prefix import (
        AppIngressSpecRuleStringMatchPrefix,
    )


T = TypeVar("T", bound="AppIngressSpecRuleMatch")


@_attrs_define
class AppIngressSpecRuleMatch:
    """The match configuration for the rule.

    Attributes:
        path (AppIngressSpecRuleStringMatchPrefix | Unset): The path to match on.
        authority (AppIngressSpecRuleStringMatchExact | Unset): The authority to match on.
    """

    path: AppIngressSpecRuleStringMatchPrefix | Unset = UNSET
    authority: AppIngressSpecRuleStringMatchExact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = self.path.to_dict()

        authority: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authority, Unset):
            authority = self.authority.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if authority is not UNSET:
            field_dict["authority"] = authority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_ingress_spec_rule_string_match_exact import (
            AppIngressSpecRuleStringMatchExact,
        )
        from ..models.app_ingress_spec_rule_string_match_prefix import (
            AppIngressSpecRuleStringMatchPrefix,
        )

        d = dict(src_dict)
        _path = d.pop("path", UNSET)
        path: AppIngressSpecRuleStringMatchPrefix | Unset
        if isinstance(_path, Unset):
            path = UNSET
        else:
            path = AppIngressSpecRuleStringMatchPrefix.from_dict(_path)

        _authority = d.pop("authority", UNSET)
        authority: AppIngressSpecRuleStringMatchExact | Unset
        if isinstance(_authority, Unset):
            authority = UNSET
        else:
            authority = AppIngressSpecRuleStringMatchExact.from_dict(_authority)

        app_ingress_spec_rule_match = cls(
            path=path,
            authority=authority,
        )

        app_ingress_spec_rule_match.additional_properties = d
        return app_ingress_spec_rule_match

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
