from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_omit_credentials import DestinationOmitCredentials


T = TypeVar("T", bound="MonitoringGetDestinationResponse200")


@_attrs_define
class MonitoringGetDestinationResponse200:
    """
    Attributes:
        destination (DestinationOmitCredentials | Unset):
    """

    destination: DestinationOmitCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destination_omit_credentials import DestinationOmitCredentials

        d = dict(src_dict)
        _destination = d.pop("destination", UNSET)
        destination: DestinationOmitCredentials | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = DestinationOmitCredentials.from_dict(_destination)

        monitoring_get_destination_response_200 = cls(
            destination=destination,
        )

        monitoring_get_destination_response_200.additional_properties = d
        return monitoring_get_destination_response_200

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
