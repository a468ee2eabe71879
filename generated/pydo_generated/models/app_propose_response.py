from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_spec import AppSpec


T = TypeVar("T", bound="AppProposeResponse")


@_attrs_define
class AppProposeResponse:
    """
    Attributes:
        app_is_static (bool | Unset): Indicates whether the app is a static app. Example: True.
        app_name_available (bool | Unset): Indicates whether the app name is available. Example: True.
        app_name_suggestion (str | Unset): The suggested name if the proposed app name is unavailable. Example: newName.
        existing_static_apps (str | Unset): The maximum number of free static apps the account can have. We will charge
            you for any additional static apps. Example: 2.
        spec (AppSpec | Unset): The desired configuration of an application.
        app_cost (int | Unset): The monthly cost of the proposed app in USD. Example: 5.
        app_tier_downgrade_cost (int | Unset): The monthly cost of the proposed app in USD using the previous pricing
            plan tier. For example, if you propose an app that uses the Professional tier, the `app_tier_downgrade_cost`
            field displays the monthly cost of the app if it were to use the Basic tier. If the proposed app already uses
            the lest expensive tier, the field is empty. Example: 17.
    """

    app_is_static: bool | Unset = UNSET
    app_name_available: bool | Unset = UNSET
    app_name_suggestion: str | Unset = UNSET
    existing_static_apps: str | Unset = UNSET
    spec: AppSpec | Unset = UNSET
    app_cost: int | Unset = UNSET
    app_tier_downgrade_cost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_is_static = self.app_is_static

        app_name_available = self.app_name_available

        app_name_suggestion = self.app_name_suggestion

        existing_static_apps = self.existing_static_apps

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        app_cost = self.app_cost

        app_tier_downgrade_cost = self.app_tier_downgrade_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_is_static is not UNSET:
            field_dict["app_is_static"] = app_is_static
        if app_name_available is not UNSET:
            field_dict["app_name_available"] = app_name_available
        if app_name_suggestion is not UNSET:
            field_dict["app_name_suggestion"] = app_name_suggestion
        if existing_static_apps is not UNSET:
            field_dict["existing_static_apps"] = existing_static_apps
        if spec is not UNSET:
            field_dict["spec"] = spec
        if app_cost is not UNSET:
            field_dict["app_cost"] = app_cost
        if app_tier_downgrade_cost is not UNSET:
            field_dict["app_tier_downgrade_cost"] = app_tier_downgrade_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_spec import AppSpec

        d = dict(src_dict)
        app_is_static = d.pop("app_is_static", UNSET)

        app_name_available = d.pop("app_name_available", UNSET)

        app_name_suggestion = d.pop("app_name_suggestion", UNSET)

        existing_static_apps = d.pop("existing_static_apps", UNSET)

        _spec = d.pop("spec", UNSET)
        spec: AppSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = AppSpec.from_dict(_spec)

        app_cost = d.pop("app_cost", UNSET)

        app_tier_downgrade_cost = d.pop("app_tier_downgrade_cost", UNSET)

        app_propose_response = cls(
            app_is_static=app_is_static,
            app_name_available=app_name_available,
            app_name_suggestion=app_name_suggestion,
            existing_static_apps=existing_static_apps,
            spec=spec,
            app_cost=app_cost,
            app_tier_downgrade_cost=app_tier_downgrade_cost,
        )

        app_propose_response.additional_properties = d
        return app_propose_response

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
