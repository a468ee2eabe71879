from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecurityCreateSuppressionBody")


@_attrs_define
class SecurityCreateSuppressionBody:
    """
    Attributes:
        rule_uuid (str | Unset): The rule UUID to suppress for the listed resources.
        resources (list[str] | Unset): The URNs of resources to suppress for the rule. Example:
            ['do:droplet:fe3a2fd7-903d-46e6-ada3-3e4f285fb89d'].
    """

    rule_uuid: str | Unset = UNSET
    resources: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_uuid = self.rule_uuid

        resources: list[str] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_uuid is not UNSET:
            field_dict["rule_uuid"] = rule_uuid
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rule_uuid = d.pop("rule_uuid", UNSET)

        resources = cast(list[str], d.pop("resources", UNSET))

        security_create_suppression_body = cls(
            rule_uuid=rule_uuid,
            resources=resources,
        )

        security_create_suppression_body.additional_properties = d
        return security_create_suppression_body

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
