from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apps_deployment_progress_step_status import (
    AppsDeploymentProgressStepStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_step_that_is_run_as_part_of_the_deployments_lifecycle_steps_item import (
        AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem,
    )
    from ..models.apps_deployment_progress_step_reason import (
        AppsDeploymentProgressStepReason,
    )


T = TypeVar("T", bound="AStepThatIsRunAsPartOfTheDeploymentsLifecycle")


@_attrs_define
class AStepThatIsRunAsPartOfTheDeploymentsLifecycle:
    """
    Attributes:
        component_name (str | Unset):  Example: component.
        ended_at (datetime.datetime | Unset):  Example: 2020-11-19T20:27:18Z.
        message_base (str | Unset): The base of a human-readable description of the step intended to be combined with
            the component name for presentation. For example:

            `message_base` = "Building service"
            `component_name` = "api" Example: Building service.
        name (str | Unset):  Example: example_step.
        reason (AppsDeploymentProgressStepReason | Unset):
        started_at (datetime.datetime | Unset):  Example: 2020-11-19T20:27:18Z.
        status (AppsDeploymentProgressStepStatus | Unset):  Example: SUCCESS.
        steps (list[AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem] | Unset):
    """

    component_name: str | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    message_base: str | Unset = UNSET
    name: str | Unset = UNSET
    reason: AppsDeploymentProgressStepReason | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: AppsDeploymentProgressStepStatus | Unset = UNSET
    steps: list[AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_name = self.component_name

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        message_base = self.message_base

        name = self.name

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if component_name is not UNSET:
            field_dict["component_name"] = component_name
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if message_base is not UNSET:
            field_dict["message_base"] = message_base
        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.a_step_that_is_run_as_part_of_the_deployments_lifecycle_steps_item import (
            AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem,
        )
        from ..models.apps_deployment_progress_step_reason import (
            AppsDeploymentProgressStepReason,
        )

        d = dict(src_dict)
        component_name = d.pop("component_name", UNSET)

        _ended_at = d.pop("ended_at", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = datetime.datetime.fromisoformat(_ended_at)

        message_base = d.pop("message_base", UNSET)

        name = d.pop("name", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: AppsDeploymentProgressStepReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = AppsDeploymentProgressStepReason.from_dict(_reason)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: AppsDeploymentProgressStepStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AppsDeploymentProgressStepStatus(_status)

        _steps = d.pop("steps", UNSET)
        steps: list[AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem] | Unset = (
            UNSET
        )
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = (
                    AStepThatIsRunAsPartOfTheDeploymentsLifecycleStepsItem.from_dict(
                        steps_item_data
                    )
                )

                steps.append(steps_item)

        a_step_that_is_run_as_part_of_the_deployments_lifecycle = cls(
            component_name=component_name,
            ended_at=ended_at,
            message_base=message_base,
            name=name,
            reason=reason,
            started_at=started_at,
            status=status,
            steps=steps,
        )

        a_step_that_is_run_as_part_of_the_deployments_lifecycle.additional_properties = d
        return a_step_that_is_run_as_part_of_the_deployments_lifecycle

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
