from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VpcsPatchBody")


@_attrs_define
class VpcsPatchBody:
    """
    Attributes:
        name (str | Unset): The name of the VPC. Must be unique and may only contain alphanumeric characters, dashes,
            and periods. Example: env.prod-vpc.
        description (str | Unset): A free-form text field for describing the VPC's purpose. It may be a maximum of 255
            characters. Example: VPC for production environment.
        default (bool | Unset): A boolean value indicating whether or not the VPC is the default network for the region.
            All applicable resources are placed into the default VPC network unless otherwise specified during their
            creation. The `default` field cannot be unset from `true`. If you want to set a new default VPC network, update
            the `default` field of another VPC network in the same region. The previous network's `default` field will be
            set to `false` when a new default VPC has been defined. Example: True.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        vpcs_patch_body = cls(
            name=name,
            description=description,
            default=default,
        )

        vpcs_patch_body.additional_properties = d
        return vpcs_patch_body

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
