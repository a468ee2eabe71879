from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffectedResource")


@_attrs_define
class AffectedResource:
    """
    Attributes:
        urn (str | Unset): The URN for the affected resource. Example: do:droplet:760e09ef-dc84-11e8-981e-3cfdfeaae000.
        name (str | Unset): The name of the affected resource. Example: Test Droplet.
        type_ (str | Unset): The type of the affected resource. Example: Droplet.
    """

    urn: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urn = self.urn

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urn is not UNSET:
            field_dict["urn"] = urn
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        urn = d.pop("urn", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        affected_resource = cls(
            urn=urn,
            name=name,
            type_=type_,
        )

        affected_resource.additional_properties = d
        return affected_resource

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
