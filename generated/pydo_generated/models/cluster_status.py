from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_status_state import ClusterStatusState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterStatus")


@_attrs_define
class ClusterStatus:
    """An object containing a `state` attribute whose value is set to a string indicating the current status of the
    cluster.

        Attributes:
            state (ClusterStatusState | Unset): A string indicating the current status of the cluster. Example:
                provisioning.
            message (str | Unset): An optional message providing additional information about the current cluster state.
                Example: provisioning.
    """

    state: ClusterStatusState | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: ClusterStatusState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ClusterStatusState(_state)

        message = d.pop("message", UNSET)

        cluster_status = cls(
            state=state,
            message=message,
        )

        cluster_status.additional_properties = d
        return cluster_status

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
