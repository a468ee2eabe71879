from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addons_resource_metadata import AddonsResourceMetadata


T = TypeVar("T", bound="AddonsResourceNew")


@_attrs_define
class AddonsResourceNew:
    """
    Attributes:
        app_slug (str): The slug identifier for the application associated with the resource. Example: example-app.
        plan_slug (str): The slug identifier for the plan associated with the resource. Example: basic_plan.
        name (str): The name of the addon resource. Example: my-resource-01.
        metadata (list[AddonsResourceMetadata]): Metadata associated with the resource, set by the user. Metadata
            expected varies per app, and can be verified with a GET request to "/v2/add-ons/apps/{app_slug}/metadata"
        linked_droplet_id (int | Unset): ID of the droplet to be linked to this resource, if applicable. Example:
            12345678.
        fleet_uuid (str | Unset): UUID of the fleet/project to which this resource will belong. Example: f1234567-89ab-
            cdef-0123-456789abcdef01.
    """

    app_slug: str
    plan_slug: str
    name: str
    metadata: list[AddonsResourceMetadata]
    linked_droplet_id: int | Unset = UNSET
    fleet_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_slug = self.app_slug

        plan_slug = self.plan_slug

        name = self.name

        metadata = []
        for metadata_item_data in self.metadata:
            metadata_item = metadata_item_data.to_dict()
            metadata.append(metadata_item)

        linked_droplet_id = self.linked_droplet_id

        fleet_uuid = self.fleet_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_slug": app_slug,
                "plan_slug": plan_slug,
                "name": name,
                "metadata": metadata,
            }
        )
        if linked_droplet_id is not UNSET:
            field_dict["linked_droplet_id"] = linked_droplet_id
        if fleet_uuid is not UNSET:
            field_dict["fleet_uuid"] = fleet_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.addons_resource_metadata import AddonsResourceMetadata

        d = dict(src_dict)
        app_slug = d.pop("app_slug")

        plan_slug = d.pop("plan_slug")

        name = d.pop("name")

        metadata = []
        _metadata = d.pop("metadata")
        for metadata_item_data in _metadata:
            metadata_item = AddonsResourceMetadata.from_dict(metadata_item_data)

            metadata.append(metadata_item)

        linked_droplet_id = d.pop("linked_droplet_id", UNSET)

        fleet_uuid = d.pop("fleet_uuid", UNSET)

        addons_resource_new = cls(
            app_slug=app_slug,
            plan_slug=plan_slug,
            name=name,
            metadata=metadata,
            linked_droplet_id=linked_droplet_id,
            fleet_uuid=fleet_uuid,
        )

        addons_resource_new.additional_properties = d
        return addons_resource_new

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
