from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseVersionAvailability")


@_attrs_define
class DatabaseVersionAvailability:
    """
    Attributes:
        end_of_life (None | str | Unset): A timestamp referring to the date when the particular version will no longer
            be supported. If null, the version does not have an end of life timeline. Example: 2023-11-09T00:00:00Z.
        end_of_availability (None | str | Unset): A timestamp referring to the date when the particular version will no
            longer be available for creating new clusters. If null, the version does not have an end of availability
            timeline. Example: 2023-05-09T00:00:00Z.
        version (str | Unset): The engine version. Example: 8.
    """

    end_of_life: None | str | Unset = UNSET
    end_of_availability: None | str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_of_life: None | str | Unset
        if isinstance(self.end_of_life, Unset):
            end_of_life = UNSET
        else:
            end_of_life = self.end_of_life

        end_of_availability: None | str | Unset
        if isinstance(self.end_of_availability, Unset):
            end_of_availability = UNSET
        else:
            end_of_availability = self.end_of_availability

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_of_life is not UNSET:
            field_dict["end_of_life"] = end_of_life
        if end_of_availability is not UNSET:
            field_dict["end_of_availability"] = end_of_availability
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_end_of_life(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_of_life = _parse_end_of_life(d.pop("end_of_life", UNSET))

        def _parse_end_of_availability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_of_availability = _parse_end_of_availability(
            d.pop("end_of_availability", UNSET)
        )

        version = d.pop("version", UNSET)

        database_version_availability = cls(
            end_of_life=end_of_life,
            end_of_availability=end_of_availability,
            version=version,
        )

        database_version_availability.additional_properties = d
        return database_version_availability

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
