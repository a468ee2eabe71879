from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addons_plan_state import AddonsPlanState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addons_dimension_with_price import AddonsDimensionWithPrice
    from ..models.addons_feature import AddonsFeature


T = TypeVar("T", bound="AddonsPlan")


@_attrs_define
class AddonsPlan:
    """
    Attributes:
        id (int): ID of a given plan. Example: 1.
        app_id (int): ID of the app associated with this plan. Example: 2.
        display_name (str): Display name for a given plan. Example: Basic Plan.
        slug (str): Slug identifier for the plan. Example: plan_basic.
        price_per_month (int): Price of a month's usage of the plan in US dollars. Example: 10.
        active (bool): Indicates if the plan is currently active. Example: True.
        state (AddonsPlanState): Current state of the plan. Example: approved.
        created_at (datetime.datetime): Timestamp when the plan was created. Example: 2023-10-01T12:00:00Z.
        updated_at (datetime.datetime): Timestamp when the plan was last updated. Example: 2023-10-01T12:00:00Z.
        available (bool): Indicates if the plan is available for selection. Example: True.
        uuid (str): Unique identifier for the plan. Example: 123e4567-e89b-12d3-a456-426 614174000.
        by_default (bool): Indicates if this plan is the default option for the app. Example: False.
        description (str | Unset): Description of an app plan. Example: Description of the app plan..
        features (list[AddonsFeature] | Unset): List of features included in the plan. Example: [].
        dimensions (list[AddonsDimensionWithPrice] | Unset): List of dimensions associated with the plan, each with its
            own pricing.
    """

    id: int
    app_id: int
    display_name: str
    slug: str
    price_per_month: int
    active: bool
    state: AddonsPlanState
    created_at: datetime.datetime
    updated_at: datetime.datetime
    available: bool
    uuid: str
    by_default: bool
    description: str | Unset = UNSET
    features: list[AddonsFeature] | Unset = UNSET
    dimensions: list[AddonsDimensionWithPrice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        display_name = self.display_name

        slug = self.slug

        price_per_month = self.price_per_month

        active = self.active

        state = self.state.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        available = self.available

        uuid = self.uuid

        by_default = self.by_default

        description = self.description

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app_id": app_id,
                "display_name": display_name,
                "slug": slug,
                "price_per_month": price_per_month,
                "active": active,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
                "available": available,
                "uuid": uuid,
                "by_default": by_default,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if features is not UNSET:
            field_dict["features"] = features
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.addons_dimension_with_price import AddonsDimensionWithPrice
        from ..models.addons_feature import AddonsFeature

        d = dict(src_dict)
        id = d.pop("id")

        app_id = d.pop("app_id")

        display_name = d.pop("display_name")

        slug = d.pop("slug")

        price_per_month = d.pop("price_per_month")

        active = d.pop("active")

        state = AddonsPlanState(d.pop("state"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        available = d.pop("available")

        uuid = d.pop("uuid")

        by_default = d.pop("by_default")

        description = d.pop("description", UNSET)

        _features = d.pop("features", UNSET)
        features: list[AddonsFeature] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = AddonsFeature.from_dict(features_item_data)

                features.append(features_item)

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[AddonsDimensionWithPrice] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = AddonsDimensionWithPrice.from_dict(
                    dimensions_item_data
                )

                dimensions.append(dimensions_item)

        addons_plan = cls(
            id=id,
            app_id=app_id,
            display_name=display_name,
            slug=slug,
            price_per_month=price_per_month,
            active=active,
            state=state,
            created_at=created_at,
            updated_at=updated_at,
            available=available,
            uuid=uuid,
            by_default=by_default,
            description=description,
            features=features,
            dimensions=dimensions,
        )

        addons_plan.additional_properties = d
        return addons_plan

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
