from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_event_autoscaling_phase import AppEventAutoscalingPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_event_autoscaling_components import AppEventAutoscalingComponents


T = TypeVar("T", bound="AppEventAutoscaling")


@_attrs_define
class AppEventAutoscaling:
    """Autoscaling event details. Only present for autoscaling events.

    Attributes:
        phase (AppEventAutoscalingPhase | Unset): The current phase of the autoscaling event Example: SUCCEEDED.
        components (AppEventAutoscalingComponents | Unset): Map of component names to their scale changes
    """

    phase: AppEventAutoscalingPhase | Unset = UNSET
    components: AppEventAutoscalingComponents | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        components: dict[str, Any] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = self.components.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_event_autoscaling_components import (
            AppEventAutoscalingComponents,
        )

        d = dict(src_dict)
        _phase = d.pop("phase", UNSET)
        phase: AppEventAutoscalingPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = AppEventAutoscalingPhase(_phase)

        _components = d.pop("components", UNSET)
        components: AppEventAutoscalingComponents | Unset
        if isinstance(_components, Unset):
            components = UNSET
        else:
            components = AppEventAutoscalingComponents.from_dict(_components)

        app_event_autoscaling = cls(
            phase=phase,
            components=components,
        )

        app_event_autoscaling.additional_properties = d
        return app_event_autoscaling

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
