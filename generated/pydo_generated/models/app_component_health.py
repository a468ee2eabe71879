from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_component_health_state import AppComponentHealthState
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppComponentHealth")


@_attrs_define
class AppComponentHealth:
    """
    Attributes:
        name (str | Unset):  Example: sample_app.
        cpu_usage_percent (float | Unset):  Example: 30.
        memory_usage_percent (float | Unset):  Example: 25.
        replicas_desired (int | Unset):  Example: 1.
        replicas_ready (int | Unset):  Example: 1.
        state (AppComponentHealthState | Unset):  Default: AppComponentHealthState.UNKNOWN. Example: HEALTHY.
    """

    name: str | Unset = UNSET
    cpu_usage_percent: float | Unset = UNSET
    memory_usage_percent: float | Unset = UNSET
    replicas_desired: int | Unset = UNSET
    replicas_ready: int | Unset = UNSET
    state: AppComponentHealthState | Unset = AppComponentHealthState.UNKNOWN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cpu_usage_percent = self.cpu_usage_percent

        memory_usage_percent = self.memory_usage_percent

        replicas_desired = self.replicas_desired

        replicas_ready = self.replicas_ready

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if cpu_usage_percent is not UNSET:
            field_dict["cpu_usage_percent"] = cpu_usage_percent
        if memory_usage_percent is not UNSET:
            field_dict["memory_usage_percent"] = memory_usage_percent
        if replicas_desired is not UNSET:
            field_dict["replicas_desired"] = replicas_desired
        if replicas_ready is not UNSET:
            field_dict["replicas_ready"] = replicas_ready
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        cpu_usage_percent = d.pop("cpu_usage_percent", UNSET)

        memory_usage_percent = d.pop("memory_usage_percent", UNSET)

        replicas_desired = d.pop("replicas_desired", UNSET)

        replicas_ready = d.pop("replicas_ready", UNSET)

        _state = d.pop("state", UNSET)
        state: AppComponentHealthState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = AppComponentHealthState(_state)

        app_component_health = cls(
            name=name,
            cpu_usage_percent=cpu_usage_percent,
            memory_usage_percent=memory_usage_percent,
            replicas_desired=replicas_desired,
            replicas_ready=replicas_ready,
            state=state,
        )

        app_component_health.additional_properties = d
        return app_component_health

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
