from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.the_status_of_the_dedicated_egress_ip import (
    TheStatusOfTheDedicatedEgressIP,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsDedicatedEgressIp")


@_attrs_define
class AppsDedicatedEgressIp:
    """
    Attributes:
        ip (str | Unset):  Example: 192.168.1.1.
        id (str | Unset):  Example: 9e7bc2ac-205a-45d6-919c-e1ac5e73f962.
        status (TheStatusOfTheDedicatedEgressIP | Unset):  Example: ASSIGNED.
    """

    ip: str | Unset = UNSET
    id: str | Unset = UNSET
    status: TheStatusOfTheDedicatedEgressIP | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ip = d.pop("ip", UNSET)

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: TheStatusOfTheDedicatedEgressIP | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TheStatusOfTheDedicatedEgressIP(_status)

        apps_dedicated_egress_ip = cls(
            ip=ip,
            id=id,
            status=status,
        )

        apps_dedicated_egress_ip.additional_properties = d
        return apps_dedicated_egress_ip

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
