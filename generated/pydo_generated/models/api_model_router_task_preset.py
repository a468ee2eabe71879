from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_router_selection_policy import ApiModelRouterSelectionPolicy


T = TypeVar("T", bound="ApiModelRouterTaskPreset")


@_attrs_define
class ApiModelRouterTaskPreset:
    """Task preset that can be referenced by slug in model router policies.

    Attributes:
        category (str | Unset): Higher-level grouping used by the UI Example: example string.
        description (str | Unset): Task description Example: example string.
        models (list[str] | Unset): Default models assigned to this task Example: ['example string'].
        name (str | Unset): Display name Example: example name.
        selection_policy (ApiModelRouterSelectionPolicy | Unset): Selection policy preference for choosing among
            assigned models.
        tags (list[str] | Unset): Lightweight labels for filtering Example: ['example string'].
        task_slug (str | Unset): Task slug Example: example string.
    """

    category: str | Unset = UNSET
    description: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    selection_policy: ApiModelRouterSelectionPolicy | Unset = UNSET
    tags: list[str] | Unset = UNSET
    task_slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        description = self.description

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        name = self.name

        selection_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selection_policy, Unset):
            selection_policy = self.selection_policy.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        task_slug = self.task_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if models is not UNSET:
            field_dict["models"] = models
        if name is not UNSET:
            field_dict["name"] = name
        if selection_policy is not UNSET:
            field_dict["selection_policy"] = selection_policy
        if tags is not UNSET:
            field_dict["tags"] = tags
        if task_slug is not UNSET:
            field_dict["task_slug"] = task_slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_router_selection_policy import (
            ApiModelRouterSelectionPolicy,
        )

        d = dict(src_dict)
        category = d.pop("category", UNSET)

        description = d.pop("description", UNSET)

        models = cast(list[str], d.pop("models", UNSET))

        name = d.pop("name", UNSET)

        _selection_policy = d.pop("selection_policy", UNSET)
        selection_policy: ApiModelRouterSelectionPolicy | Unset
        if isinstance(_selection_policy, Unset):
            selection_policy = UNSET
        else:
            selection_policy = ApiModelRouterSelectionPolicy.from_dict(
                _selection_policy
            )

        tags = cast(list[str], d.pop("tags", UNSET))

        task_slug = d.pop("task_slug", UNSET)

        api_model_router_task_preset = cls(
            category=category,
            description=description,
            models=models,
            name=name,
            selection_policy=selection_policy,
            tags=tags,
            task_slug=task_slug,
        )

        api_model_router_task_preset.additional_properties = d
        return api_model_router_task_preset

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
