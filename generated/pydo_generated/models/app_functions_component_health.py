from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_functions_component_health_functions_component_health_metrics_item import (
        AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem,
    )


T = TypeVar("T", bound="AppFunctionsComponentHealth")


@_attrs_define
class AppFunctionsComponentHealth:
    """
    Attributes:
        name (str | Unset):  Example: sample_function.
        functions_component_health_metrics (list[AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem] |
            Unset):
    """

    name: str | Unset = UNSET
    functions_component_health_metrics: (
        list[AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        functions_component_health_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions_component_health_metrics, Unset):
            functions_component_health_metrics = []
            for (
                functions_component_health_metrics_item_data
            ) in self.functions_component_health_metrics:
                functions_component_health_metrics_item = (
                    functions_component_health_metrics_item_data.to_dict()
                )
                functions_component_health_metrics.append(
                    functions_component_health_metrics_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if functions_component_health_metrics is not UNSET:
            field_dict["functions_component_health_metrics"] = (
                functions_component_health_metrics
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_functions_component_health_functions_component_health_metrics_item import (
            AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _functions_component_health_metrics = d.pop(
            "functions_component_health_metrics", UNSET
        )
        functions_component_health_metrics: (
            list[AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem] | Unset
        ) = UNSET
        if _functions_component_health_metrics is not UNSET:
            functions_component_health_metrics = []
            for (
                functions_component_health_metrics_item_data
            ) in _functions_component_health_metrics:
                functions_component_health_metrics_item = AppFunctionsComponentHealthFunctionsComponentHealthMetricsItem.from_dict(
                    functions_component_health_metrics_item_data
                )

                functions_component_health_metrics.append(
                    functions_component_health_metrics_item
                )

        app_functions_component_health = cls(
            name=name,
            functions_component_health_metrics=functions_component_health_metrics,
        )

        app_functions_component_health.additional_properties = d
        return app_functions_component_health

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
