from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberCurrentUtilization")


@_attrs_define
class MemberCurrentUtilization:
    """
    Attributes:
        memory (float | Unset): The memory utilization average of the individual Droplet. Example: 0.3588531587713522.
        cpu (float | Unset): The CPU utilization average of the individual Droplet. Example: 0.0007338008770232183.
    """

    memory: float | Unset = UNSET
    cpu: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory = self.memory

        cpu = self.cpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if memory is not UNSET:
            field_dict["memory"] = memory
        if cpu is not UNSET:
            field_dict["cpu"] = cpu

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        memory = d.pop("memory", UNSET)

        cpu = d.pop("cpu", UNSET)

        member_current_utilization = cls(
            memory=memory,
            cpu=cpu,
        )

        member_current_utilization.additional_properties = d
        return member_current_utilization

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
