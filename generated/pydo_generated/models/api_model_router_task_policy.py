from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_router_selection_policy import ApiModelRouterSelectionPolicy
    from ..models.api_model_router_task_details import ApiModelRouterTaskDetails


T = TypeVar("T", bound="ApiModelRouterTaskPolicy")


@_attrs_define
class ApiModelRouterTaskPolicy:
    """Model router policy

    Attributes:
        custom_task (ApiModelRouterTaskDetails | Unset): Task definition embedded in a model router config.
        models (list[str] | Unset): Models assigned to the task Example: ['example string'].
        selection_policy (ApiModelRouterSelectionPolicy | Unset): Selection policy preference for choosing among
            assigned models.
        task_slug (str | Unset): Task slug Example: "summarization".
    """

    custom_task: ApiModelRouterTaskDetails | Unset = UNSET
    models: list[str] | Unset = UNSET
    selection_policy: ApiModelRouterSelectionPolicy | Unset = UNSET
    task_slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_task, Unset):
            custom_task = self.custom_task.to_dict()

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        selection_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_policy, Unset):
            selection_policy = self.selection_policy.to_dict()

        task_slug = self.task_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_task is not UNSET:
            field_dict["custom_task"] = custom_task
        if models is not UNSET:
            field_dict["models"] = models
        if selection_policy is not UNSET:
            field_dict["selection_policy"] = selection_policy
        if task_slug is not UNSET:
            field_dict["task_slug"] = task_slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_router_selection_policy import (
            ApiModelRouterSelectionPolicy,
        )
        from ..models.api_model_router_task_details import ApiModelRouterTaskDetails

        d = dict(src_dict)
        _custom_task = d.pop("custom_task", UNSET)
        custom_task: ApiModelRouterTaskDetails | Unset
        if isinstance(_custom_task, Unset):
            custom_task = UNSET
        else:
            custom_task = ApiModelRouterTaskDetails.from_dict(_custom_task)

        models = cast(list[str], d.pop("models", UNSET))

        _selection_policy = d.pop("selection_policy", UNSET)
        selection_policy: ApiModelRouterSelectionPolicy | Unset
        if isinstance(_selection_policy, Unset):
            selection_policy = UNSET
        else:
            selection_policy = ApiModelRouterSelectionPolicy.from_dict(
                _selection_policy
            )

        task_slug = d.pop("task_slug", UNSET)

        api_model_router_task_policy = cls(
            custom_task=custom_task,
            models=models,
            selection_policy=selection_policy,
            task_slug=task_slug,
        )

        api_model_router_task_policy.additional_properties = d
        return api_model_router_task_policy

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
