from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_router_task_policy import ApiModelRouterTaskPolicy


T = TypeVar("T", bound="ApiModelRouterConfig")


@_attrs_define
class ApiModelRouterConfig:
    """
    Attributes:
        fallback_models (list[str] | Unset): Router-level fallback models Example: ['example string'].
        policies (list[ApiModelRouterTaskPolicy] | Unset): Task routing policies
    """

    fallback_models: list[str] | Unset = UNSET
    policies: list[ApiModelRouterTaskPolicy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_models: list[str] | Unset = UNSET
        if not isinstance(self.fallback_models, Unset):
            fallback_models = self.fallback_models

        policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fallback_models is not UNSET:
            field_dict["fallback_models"] = fallback_models
        if policies is not UNSET:
            field_dict["policies"] = policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_router_task_policy import ApiModelRouterTaskPolicy

        d = dict(src_dict)
        fallback_models = cast(list[str], d.pop("fallback_models", UNSET))

        _policies = d.pop("policies", UNSET)
        policies: list[ApiModelRouterTaskPolicy] | Unset = UNSET
        if _policies is not UNSET:
            policies = []
            for policies_item_data in _policies:
                policies_item = ApiModelRouterTaskPolicy.from_dict(policies_item_data)

                policies.append(policies_item)

        api_model_router_config = cls(
            fallback_models=fallback_models,
            policies=policies,
        )

        api_model_router_config.additional_properties = d
        return api_model_router_config

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
