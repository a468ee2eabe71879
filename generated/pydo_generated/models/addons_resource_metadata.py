from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddonsResourceMetadata")


@_attrs_define
class AddonsResourceMetadata:
    """
    Attributes:
        name (str): The name of the metadata item to be set. Example: property_name.
        value (bool | str): The value to be set for the metadata item, which can be a string or boolean. Example:
            example_value.
    """

    name: str
    value: bool | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: bool | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_value(data: object) -> bool | str:
            return cast(bool | str, data)

        value = _parse_value(d.pop("value"))

        addons_resource_metadata = cls(
            name=name,
            value=value,
        )

        addons_resource_metadata.additional_properties = d
        return addons_resource_metadata

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
