from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sink_resource import SinkResource


T = TypeVar("T", bound="MonitoringCreateSinkBody")


@_attrs_define
class MonitoringCreateSinkBody:
    """
    Attributes:
        destination_uuid (str | Unset): A unique identifier for an already-existing destination. Example:
            9df2b7e9-3fb2-4577-b60a-e9c0d53f9a99.
        resources (list[SinkResource] | Unset): List of resources identified by their URNs.
    """

    destination_uuid: str | Unset = UNSET
    resources: list[SinkResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_uuid = self.destination_uuid

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_uuid is not UNSET:
            field_dict["destination_uuid"] = destination_uuid
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sink_resource import SinkResource

        d = dict(src_dict)
        destination_uuid = d.pop("destination_uuid", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: list[SinkResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = SinkResource.from_dict(resources_item_data)

                resources.append(resources_item)

        monitoring_create_sink_body = cls(
            destination_uuid=destination_uuid,
            resources=resources,
        )

        monitoring_create_sink_body.additional_properties = d
        return monitoring_create_sink_body

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
