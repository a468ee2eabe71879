from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tags_resource_resources_item import TagsResourceResourcesItem


T = TypeVar("T", bound="TagsResource")


@_attrs_define
class TagsResource:
    """
    Attributes:
        resources (list[TagsResourceResourcesItem]): An array of objects containing resource_id and resource_type
            attributes.

            This response will only include resources that you are authorized to see.
            For example, to see Droplets, include the `droplet:read` scope.
             Example: [{'resource_id': '9569411', 'resource_type': 'droplet'}, {'resource_id': '7555620', 'resource_type':
            'image'}, {'resource_id': '3d80cb72-342b-4aaa-b92e-4e4abb24a933', 'resource_type': 'volume'}].
    """

    resources: list[TagsResourceResourcesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tags_resource_resources_item import TagsResourceResourcesItem

        d = dict(src_dict)
        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = TagsResourceResourcesItem.from_dict(resources_item_data)

            resources.append(resources_item)

        tags_resource = cls(
            resources=resources,
        )

        tags_resource.additional_properties = d
        return tags_resource

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
