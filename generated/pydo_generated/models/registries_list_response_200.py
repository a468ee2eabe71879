from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry import Registry


T = TypeVar("T", bound="RegistriesListResponse200")


@_attrs_define
class RegistriesListResponse200:
    """
    Attributes:
        registries (list[Registry] | Unset):
    """

    registries: list[Registry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registries, Unset):
            registries = []
            for registries_item_data in self.registries:
                registries_item = registries_item_data.to_dict()
                registries.append(registries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registries is not UNSET:
            field_dict["registries"] = registries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry import Registry

        d = dict(src_dict)
        _registries = d.pop("registries", UNSET)
        registries: list[Registry] | Unset = UNSET
        if _registries is not UNSET:
            registries = []
            for registries_item_data in _registries:
                registries_item = Registry.from_dict(registries_item_data)

                registries.append(registries_item)

        registries_list_response_200 = cls(
            registries=registries,
        )

        registries_list_response_200.additional_properties = d
        return registries_list_response_200

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
