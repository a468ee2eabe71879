from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry_get_options_response_200_options import (
        RegistryGetOptionsResponse200Options,
    )


T = TypeVar("T", bound="RegistryGetOptionsResponse200")


@_attrs_define
class RegistryGetOptionsResponse200:
    """
    Attributes:
        options (RegistryGetOptionsResponse200Options | Unset):
    """

    options: RegistryGetOptionsResponse200Options | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry_get_options_response_200_options import (
            RegistryGetOptionsResponse200Options,
        )

        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: RegistryGetOptionsResponse200Options | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = RegistryGetOptionsResponse200Options.from_dict(_options)

        registry_get_options_response_200 = cls(
            options=options,
        )

        registry_get_options_response_200.additional_properties = d
        return registry_get_options_response_200

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
