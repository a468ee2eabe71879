from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.addons_resource_state import AddonsResourceState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addons_resource_metadata import AddonsResourceMetadata


T = TypeVar("T", bound="AddonsResource")


@_attrs_define
class AddonsResource:
    """
    Attributes:
        uuid (str): The unique identifier for the addon resource. Example: 123e4567-e89b-12d3-a456-426614174000.
        name (str): The name of the addon resource. Example: my-resource-01.
        state (AddonsResourceState): The state the resource is currently in. Example: provisioned.
        app_slug (str): The slug identifier for the application associated with the resource. Example: example_app.
        plan_slug (str): The slug identifier for the plan associated with the resource. Example: basic_plan.
        has_config (bool): Indicates if the resource has configuration values set by the vendor. Example: True.
        app_name (str | Unset): The name of the application associated with the resource. Example: Example App.
        plan_name (str | Unset): The name of the plan associated with the resource. Example: Basic Plan.
        plan_price_per_month (int | Unset): The price of the plan per month in US dollars. Example: 10.
        metadata (list[AddonsResourceMetadata] | Unset): Metadata associated with the resource, set by the user.
        sso_url (str | Unset): The Single Sign-On URL for the resource, if applicable. Example: https://example.com/sso.
        message (str | Unset): A message related to the resource, if applicable. Example: Resource is provisioned
            successfully..
    """

    uuid: str
    name: str
    state: AddonsResourceState
    app_slug: str
    plan_slug: str
    has_config: bool
    app_name: str | Unset = UNSET
    plan_name: str | Unset = UNSET
    plan_price_per_month: int | Unset = UNSET
    metadata: list[AddonsResourceMetadata] | Unset = UNSET
    sso_url: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        state = self.state.value

        app_slug = self.app_slug

        plan_slug = self.plan_slug

        has_config = self.has_config

        app_name = self.app_name

        plan_name = self.plan_name

        plan_price_per_month = self.plan_price_per_month

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        sso_url = self.sso_url

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "state": state,
                "app_slug": app_slug,
                "plan_slug": plan_slug,
                "has_config": has_config,
            }
        )
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if plan_name is not UNSET:
            field_dict["plan_name"] = plan_name
        if plan_price_per_month is not UNSET:
            field_dict["plan_price_per_month"] = plan_price_per_month
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sso_url is not UNSET:
            field_dict["sso_url"] = sso_url
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.addons_resource_metadata import AddonsResourceMetadata

        d = dict(src_dict)
        uuid = d.pop("uuid")

        name = d.pop("name")

        state = AddonsResourceState(d.pop("state"))

        app_slug = d.pop("app_slug")

        plan_slug = d.pop("plan_slug")

        has_config = d.pop("has_config")

        app_name = d.pop("app_name", UNSET)

        plan_name = d.pop("plan_name", UNSET)

        plan_price_per_month = d.pop("plan_price_per_month", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: list[AddonsResourceMetadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = AddonsResourceMetadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        sso_url = d.pop("sso_url", UNSET)

        message = d.pop("message", UNSET)

        addons_resource = cls(
            uuid=uuid,
            name=name,
            state=state,
            app_slug=app_slug,
            plan_slug=plan_slug,
            has_config=has_config,
            app_name=app_name,
            plan_name=plan_name,
            plan_price_per_month=plan_price_per_month,
            metadata=metadata,
            sso_url=sso_url,
            message=message,
        )

        addons_resource.additional_properties = d
        return addons_resource

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
