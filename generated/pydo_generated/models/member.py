from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_health_status import MemberHealthStatus
from ..models.member_status import MemberStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_current_utilization import MemberCurrentUtilization


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """
    Attributes:
        droplet_id (int): The unique identifier of the Droplet. Example: 459903570.
        created_at (datetime.datetime): The creation time of the Droplet in ISO8601 combined date and time format.
            Example: 2020-07-28T18:00:00Z.
        updated_at (datetime.datetime): The last updated time of the Droplet in ISO8601 combined date and time format.
            Example: 2020-07-28T18:00:00Z.
        health_status (MemberHealthStatus): The health status of the Droplet. Example: healthy.
        status (MemberStatus): The power status of the Droplet. Example: active.
        current_utilization (MemberCurrentUtilization):
        unhealthy_reason (str | Unset): A human-readable description of why the Droplet is unhealthy. Only
            present when `health_status` is `unhealthy`.
             Example: Droplet failed health check.
    """

    droplet_id: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    health_status: MemberHealthStatus
    status: MemberStatus
    current_utilization: MemberCurrentUtilization
    unhealthy_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        droplet_id = self.droplet_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        health_status = self.health_status.value

        status = self.status.value

        current_utilization = self.current_utilization.to_dict()

        unhealthy_reason = self.unhealthy_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "droplet_id": droplet_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "health_status": health_status,
                "status": status,
                "current_utilization": current_utilization,
            }
        )
        if unhealthy_reason is not UNSET:
            field_dict["unhealthy_reason"] = unhealthy_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member_current_utilization import MemberCurrentUtilization

        d = dict(src_dict)
        droplet_id = d.pop("droplet_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        health_status = MemberHealthStatus(d.pop("health_status"))

        status = MemberStatus(d.pop("status"))

        current_utilization = MemberCurrentUtilization.from_dict(
            d.pop("current_utilization")
        )

        unhealthy_reason = d.pop("unhealthy_reason", UNSET)

        member = cls(
            droplet_id=droplet_id,
            created_at=created_at,
            updated_at=updated_at,
            health_status=health_status,
            status=status,
            current_utilization=current_utilization,
            unhealthy_reason=unhealthy_reason,
        )

        member.additional_properties = d
        return member

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
