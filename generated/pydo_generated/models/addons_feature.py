from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addons_feature_type import AddonsFeatureType
from ..models.addons_feature_unit import AddonsFeatureUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddonsFeature")


@_attrs_define
class AddonsFeature:
    """
    Attributes:
        id (int): Unique identifier for the app feature. Example: 1.
        name (str): Name of the feature. Example: Support.
        type_ (AddonsFeatureType): Feature type, indicating the kind of data it holds. Example: string.
        value (bool | str): Value of the feature, which can vary based on the type. Example: Unlimited.
        created_at (datetime.datetime): Timestamp when the feature was created. Example: 2023-10-01T12:00:00Z.
        updated_at (datetime.datetime): Timestamp when the feature was last updated. Example: 2023-10-01T12:00:00Z.
        unit (AddonsFeatureUnit | Unset): Unit of measurement for the feature, if applicable. Units apply to allowance
            features. Example: GB.
    """

    id: int
    name: str
    type_: AddonsFeatureType
    value: bool | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    unit: AddonsFeatureUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        value: bool | str
        value = self.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = AddonsFeatureType(d.pop("type"))

        def _parse_value(data: object) -> bool | str:
            return cast(bool | str, data)

        value = _parse_value(d.pop("value"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _unit = d.pop("unit", UNSET)
        unit: AddonsFeatureUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = AddonsFeatureUnit(_unit)

        addons_feature = cls(
            id=id,
            name=name,
            type_=type_,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
            unit=unit,
        )

        addons_feature.additional_properties = d
        return addons_feature

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
