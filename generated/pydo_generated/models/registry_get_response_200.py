from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry import Registry


T = TypeVar("T", bound="RegistryGetResponse200")


@_attrs_define
class RegistryGetResponse200:
    """
    Attributes:
        registry (Registry | Unset):
    """

    registry: Registry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registry, Unset):
            registry = self.registry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registry is not UNSET:
            field_dict["registry"] = registry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.registry import Registry

        d = dict(src_dict)
        _registry = d.pop("registry", UNSET)
        registry: Registry | Unset
        if isinstance(_registry, Unset):
            registry = UNSET
        else:
            registry = Registry.from_dict(_registry)

        registry_get_response_200 = cls(
            registry=registry,
        )

        registry_get_response_200.additional_properties = d
        return registry_get_response_200

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
