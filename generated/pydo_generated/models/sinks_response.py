from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination import Destination
    from ..models.sink_resource import SinkResource


T = TypeVar("T", bound="SinksResponse")


@_attrs_define
class SinksResponse:
    """
    Attributes:
        destination (Destination | Unset):
        resources (list[SinkResource] | Unset): List of resources identified by their URNs.
    """

    destination: Destination | Unset = UNSET
    resources: list[SinkResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destination import Destination
        from ..models.sink_resource import SinkResource

        d = dict(src_dict)
        _destination = d.pop("destination", UNSET)
        destination: Destination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = Destination.from_dict(_destination)

        _resources = d.pop("resources", UNSET)
        resources: list[SinkResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = SinkResource.from_dict(resources_item_data)

                resources.append(resources_item)

        sinks_response = cls(
            destination=destination,
            resources=resources,
        )

        sinks_response.additional_properties = d
        return sinks_response

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
