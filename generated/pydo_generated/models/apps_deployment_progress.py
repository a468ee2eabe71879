from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_step_that_is_run_as_part_of_the_deployments_lifecycle import (
        AStepThatIsRunAsPartOfTheDeploymentsLifecycle,
    )


T = TypeVar("T", bound="AppsDeploymentProgress")


@_attrs_define
class AppsDeploymentProgress:
    """
    Attributes:
        error_steps (int | Unset):  Example: 3.
        pending_steps (int | Unset):  Example: 2.
        running_steps (int | Unset):  Example: 2.
        steps (list[AStepThatIsRunAsPartOfTheDeploymentsLifecycle] | Unset):
        success_steps (int | Unset):  Example: 4.
        summary_steps (list[AStepThatIsRunAsPartOfTheDeploymentsLifecycle] | Unset):
        total_steps (int | Unset):  Example: 5.
    """

    error_steps: int | Unset = UNSET
    pending_steps: int | Unset = UNSET
    running_steps: int | Unset = UNSET
    steps: list[AStepThatIsRunAsPartOfTheDeploymentsLifecycle] | Unset = UNSET
    success_steps: int | Unset = UNSET
    summary_steps: list[AStepThatIsRunAsPartOfTheDeploymentsLifecycle] | Unset = UNSET
    total_steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_steps = self.error_steps

        pending_steps = self.pending_steps

        running_steps = self.running_steps

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        success_steps = self.success_steps

        summary_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary_steps, Unset):
            summary_steps = []
            for summary_steps_item_data in self.summary_steps:
                summary_steps_item = summary_steps_item_data.to_dict()
                summary_steps.append(summary_steps_item)

        total_steps = self.total_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_steps is not UNSET:
            field_dict["error_steps"] = error_steps
        if pending_steps is not UNSET:
            field_dict["pending_steps"] = pending_steps
        if running_steps is not UNSET:
            field_dict["running_steps"] = running_steps
        if steps is not UNSET:
            field_dict["steps"] = steps
        if success_steps is not UNSET:
            field_dict["success_steps"] = success_steps
        if summary_steps is not UNSET:
            field_dict["summary_steps"] = summary_steps
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.a_step_that_is_run_as_part_of_the_deployments_lifecycle import (
            AStepThatIsRunAsPartOfTheDeploymentsLifecycle,
        )

        d = dict(src_dict)
        error_steps = d.pop("error_steps", UNSET)

        pending_steps = d.pop("pending_steps", UNSET)

        running_steps = d.pop("running_steps", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[AStepThatIsRunAsPartOfTheDeploymentsLifecycle] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = AStepThatIsRunAsPartOfTheDeploymentsLifecycle.from_dict(
                    steps_item_data
                )

                steps.append(steps_item)

        success_steps = d.pop("success_steps", UNSET)

        _summary_steps = d.pop("summary_steps", UNSET)
        summary_steps: list[AStepThatIsRunAsPartOfTheDeploymentsLifecycle] | Unset = (
            UNSET
        )
        if _summary_steps is not UNSET:
            summary_steps = []
            for summary_steps_item_data in _summary_steps:
                summary_steps_item = (
                    AStepThatIsRunAsPartOfTheDeploymentsLifecycle.from_dict(
                        summary_steps_item_data
                    )
                )

                summary_steps.append(summary_steps_item)

        total_steps = d.pop("total_steps", UNSET)

        apps_deployment_progress = cls(
            error_steps=error_steps,
            pending_steps=pending_steps,
            running_steps=running_steps,
            steps=steps,
            success_steps=success_steps,
            summary_steps=summary_steps,
            total_steps=total_steps,
        )

        apps_deployment_progress.additional_properties = d
        return apps_deployment_progress

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
