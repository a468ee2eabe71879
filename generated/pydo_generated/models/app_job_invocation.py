from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_job_invocation_phase import AppJobInvocationPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_job_invocation_the_job_invocation_trigger import (
        AppJobInvocationTheJobInvocationTrigger,
    )


T = TypeVar("T", bound="AppJobInvocation")


@_attrs_define
class AppJobInvocation:
    """
    Attributes:
        id (str | Unset):  Example: ba32b134-569c-4c0c-ba02-8ffdb0492ece.
        job_name (str | Unset):  Example: good-job.
        deployment_id (str | Unset):  Example: c020763f-ddb7-4112-a0df-7f01c69fc00b.
        phase (AppJobInvocationPhase | Unset): The phase of the job invocation Example: SUCCEEDED.
        trigger (AppJobInvocationTheJobInvocationTrigger | Unset):
        created_at (datetime.datetime | Unset):  Example: 2023-10-01T12:00:00Z.
        started_at (datetime.datetime | Unset):  Example: 2023-10-01T12:05:00Z.
        completed_at (datetime.datetime | Unset):  Example: 2023-10-01T12:10:00Z.
    """

    id: str | Unset = UNSET
    job_name: str | Unset = UNSET
    deployment_id: str | Unset = UNSET
    phase: AppJobInvocationPhase | Unset = UNSET
    trigger: AppJobInvocationTheJobInvocationTrigger | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_name = self.job_name

        deployment_id = self.deployment_id

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if phase is not UNSET:
            field_dict["phase"] = phase
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_job_invocation_the_job_invocation_trigger import (
            AppJobInvocationTheJobInvocationTrigger,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        job_name = d.pop("job_name", UNSET)

        deployment_id = d.pop("deployment_id", UNSET)

        _phase = d.pop("phase", UNSET)
        phase: AppJobInvocationPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = AppJobInvocationPhase(_phase)

        _trigger = d.pop("trigger", UNSET)
        trigger: AppJobInvocationTheJobInvocationTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = AppJobInvocationTheJobInvocationTrigger.from_dict(_trigger)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        app_job_invocation = cls(
            id=id,
            job_name=job_name,
            deployment_id=deployment_id,
            phase=phase,
            trigger=trigger,
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
        )

        app_job_invocation.additional_properties = d
        return app_job_invocation

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
