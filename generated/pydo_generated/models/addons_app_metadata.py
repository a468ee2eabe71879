from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addons_app_metadata_type import AddonsAppMetadataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddonsAppMetadata")


@_attrs_define
class AddonsAppMetadata:
    """
    Attributes:
        id (int): Unique identifier for the addon metadata item. Example: 1.
        name (str): The name of the metadata item. Example: country_of_origin.
        display_name (str): The display name of the metadata item. Example: Country of Origin.
        description (str): A brief description of the metadata item. Example: Country for localization.
        type_ (AddonsAppMetadataType): The data type of the metadata value. Example: string.
        options (list[str] | Unset):  Example: ['US', 'UK', 'CA'].
    """

    id: int
    name: str
    display_name: str
    description: str
    type_: AddonsAppMetadataType
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        description = self.description

        type_ = self.type_.value

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "display_name": display_name,
                "description": description,
                "type": type_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        display_name = d.pop("display_name")

        description = d.pop("description")

        type_ = AddonsAppMetadataType(d.pop("type"))

        options = cast(list[str], d.pop("options", UNSET))

        addons_app_metadata = cls(
            id=id,
            name=name,
            display_name=display_name,
            description=description,
            type_=type_,
            options=options,
        )

        addons_app_metadata.additional_properties = d
        return addons_app_metadata

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
