from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.options_options import OptionsOptions
    from ..models.options_version_availability import OptionsVersionAvailability


T = TypeVar("T", bound="Options")


@_attrs_define
class Options:
    """
    Attributes:
        options (OptionsOptions | Unset):
        version_availability (OptionsVersionAvailability | Unset):
    """

    options: OptionsOptions | Unset = UNSET
    version_availability: OptionsVersionAvailability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        version_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_availability, Unset):
            version_availability = self.version_availability.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options
        if version_availability is not UNSET:
            field_dict["version_availability"] = version_availability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.options_options import OptionsOptions
        from ..models.options_version_availability import OptionsVersionAvailability

        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: OptionsOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = OptionsOptions.from_dict(_options)

        _version_availability = d.pop("version_availability", UNSET)
        version_availability: OptionsVersionAvailability | Unset
        if isinstance(_version_availability, Unset):
            version_availability = UNSET
        else:
            version_availability = OptionsVersionAvailability.from_dict(
                _version_availability
            )

        options = cls(
            options=options,
            version_availability=version_availability,
        )

        options.additional_properties = d
        return options

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
