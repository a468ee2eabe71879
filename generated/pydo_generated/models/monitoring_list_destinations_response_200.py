from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_omit_credentials import DestinationOmitCredentials


T = TypeVar("T", bound="MonitoringListDestinationsResponse200")


@_attrs_define
class MonitoringListDestinationsResponse200:
    """
    Attributes:
        destinations (list[DestinationOmitCredentials] | Unset):
    """

    destinations: list[DestinationOmitCredentials] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destinations is not UNSET:
            field_dict["destinations"] = destinations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destination_omit_credentials import DestinationOmitCredentials

        d = dict(src_dict)
        _destinations = d.pop("destinations", UNSET)
        destinations: list[DestinationOmitCredentials] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = DestinationOmitCredentials.from_dict(
                    destinations_item_data
                )

                destinations.append(destinations_item)

        monitoring_list_destinations_response_200 = cls(
            destinations=destinations,
        )

        monitoring_list_destinations_response_200.additional_properties = d
        return monitoring_list_destinations_response_200

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
