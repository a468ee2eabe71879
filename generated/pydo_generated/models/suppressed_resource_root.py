from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.suppressed_resource import SuppressedResource
    from ..models.suppressed_resource_root_links import SuppressedResourceRootLinks
    from ..models.suppressed_resource_root_meta import SuppressedResourceRootMeta


T = TypeVar("T", bound="SuppressedResourceRoot")


@_attrs_define
class SuppressedResourceRoot:
    """
    Attributes:
        resources (list[SuppressedResource] | Unset):
        meta (SuppressedResourceRootMeta | Unset):
        links (SuppressedResourceRootLinks | Unset):
    """

    resources: list[SuppressedResource] | Unset = UNSET
    meta: SuppressedResourceRootMeta | Unset = UNSET
    links: SuppressedResourceRootLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.suppressed_resource import SuppressedResource
        from ..models.suppressed_resource_root_links import SuppressedResourceRootLinks
        from ..models.suppressed_resource_root_meta import SuppressedResourceRootMeta

        d = dict(src_dict)
        _resources = d.pop("resources", UNSET)
        resources: list[SuppressedResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = SuppressedResource.from_dict(resources_item_data)

                resources.append(resources_item)

        _meta = d.pop("meta", UNSET)
        meta: SuppressedResourceRootMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SuppressedResourceRootMeta.from_dict(_meta)

        _links = d.pop("links", UNSET)
        links: SuppressedResourceRootLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = SuppressedResourceRootLinks.from_dict(_links)

        suppressed_resource_root = cls(
            resources=resources,
            meta=meta,
            links=links,
        )

        suppressed_resource_root.additional_properties = d
        return suppressed_resource_root

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
