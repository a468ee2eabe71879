from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_component_health import AppComponentHealth
    from ..models.app_functions_component_health import AppFunctionsComponentHealth


T = TypeVar("T", bound="AppHealth")


@_attrs_define
class AppHealth:
    """
    Attributes:
        components (list[AppComponentHealth] | Unset):
        functions_components (list[AppFunctionsComponentHealth] | Unset):
    """

    components: list[AppComponentHealth] | Unset = UNSET
    functions_components: list[AppFunctionsComponentHealth] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        functions_components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions_components, Unset):
            functions_components = []
            for functions_components_item_data in self.functions_components:
                functions_components_item = functions_components_item_data.to_dict()
                functions_components.append(functions_components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components
        if functions_components is not UNSET:
            field_dict["functions_components"] = functions_components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_component_health import AppComponentHealth
        from ..models.app_functions_component_health import AppFunctionsComponentHealth

        d = dict(src_dict)
        _components = d.pop("components", UNSET)
        components: list[AppComponentHealth] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = AppComponentHealth.from_dict(components_item_data)

                components.append(components_item)

        _functions_components = d.pop("functions_components", UNSET)
        functions_components: list[AppFunctionsComponentHealth] | Unset = UNSET
        if _functions_components is not UNSET:
            functions_components = []
            for functions_components_item_data in _functions_components:
                functions_components_item = AppFunctionsComponentHealth.from_dict(
                    functions_components_item_data
                )

                functions_components.append(functions_components_item)

        app_health = cls(
            components=components,
            functions_components=functions_components,
        )

        app_health.additional_properties = d
        return app_health

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
