from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuppressedResource")


@_attrs_define
class SuppressedResource:
    """
    Attributes:
        id (str | Unset): Unique identifier for the suppressed resource. Example: 760e09ef-dc84-11e8-981e-3cfdfeaae000.
        rule_uuid (str | Unset): Unique identifier for the suppressed rule. Example: 460e09ef-
            dc84-11e8-981e-3cfdfeaae000.
        rule_name (str | Unset): Human-readable rule name for the suppressed rule. Example: Droplet Backups Not Enabled.
        resource_id (str | Unset): Unique identifier for the resource suppressed. Example: 123.
        resource_type (str | Unset): Resource type for the resource suppressed. Example: Droplet.
    """

    id: str | Unset = UNSET
    rule_uuid: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rule_uuid = self.rule_uuid

        rule_name = self.rule_name

        resource_id = self.resource_id

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rule_uuid is not UNSET:
            field_dict["rule_uuid"] = rule_uuid
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        rule_uuid = d.pop("rule_uuid", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        suppressed_resource = cls(
            id=id,
            rule_uuid=rule_uuid,
            rule_name=rule_name,
            resource_id=resource_id,
            resource_type=resource_type,
        )

        suppressed_resource.additional_properties = d
        return suppressed_resource

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
