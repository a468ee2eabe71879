from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_router_task_policy import ApiModelRouterTaskPolicy


T = TypeVar("T", bound="ApiCreateModelRouterInputPublic")


@_attrs_define
class ApiCreateModelRouterInputPublic:
    """Create a model router

    Attributes:
        description (str | Unset): Model router description Example: "My Model Router Description".
        fallback_models (list[str] | Unset): At least one fallback model is required; order defines failover priority
            Example: ['example string'].
        name (str | Unset): Model router name: lowercase, at most 255 characters, only a-z, 0-9, and hyphens Example:
            "my-model-router".
        policies (list[ApiModelRouterTaskPolicy] | Unset): Router policies
        regions (list[str] | Unset): DEPRECATED: this field does not affect deployment and model routers are always
            deployed to all regions. Must be omitted or set to ["all"]. Example: ['example string'].
    """

    description: str | Unset = UNSET
    fallback_models: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    policies: list[ApiModelRouterTaskPolicy] | Unset = UNSET
    regions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.fallback_models, Unset):
            fallback_models = self.fallback_models

        name = self.name

        policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if fallback_models is not UNSET:
            field_dict["fallback_models"] = fallback_models
        if name is not UNSET:
            field_dict["name"] = name
        if policies is not UNSET:
            field_dict["policies"] = policies
        if regions is not UNSET:
            field_dict["regions"] = regions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_router_task_policy import ApiModelRouterTaskPolicy

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        fallback_models = cast(list[str], d.pop("fallback_models", UNSET))

        name = d.pop("name", UNSET)

        _policies = d.pop("policies", UNSET)
        policies: list[ApiModelRouterTaskPolicy] | Unset = UNSET
        if _policies is not UNSET:
            policies = []
            for policies_item_data in _policies:
                policies_item = ApiModelRouterTaskPolicy.from_dict(policies_item_data)

                policies.append(policies_item)

        regions = cast(list[str], d.pop("regions", UNSET))

        api_create_model_router_input_public = cls(
            description=description,
            fallback_models=fallback_models,
            name=name,
            policies=policies,
            regions=regions,
        )

        api_create_model_router_input_public.additional_properties = d
        return api_create_model_router_input_public

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
