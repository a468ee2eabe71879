from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_v4 import NetworkV4
    from ..models.network_v6 import NetworkV6


T = TypeVar("T", bound="DropletNetworks")


@_attrs_define
class DropletNetworks:
    """The details of the network that are configured for the Droplet instance.  This is an object that contains keys for
    IPv4 and IPv6.  The value of each of these is an array that contains objects describing an individual IP resource
    allocated to the Droplet.  These will define attributes like the IP address, netmask, and gateway of the specific
    network depending on the type of network it is.

        Attributes:
            v4 (list[NetworkV4] | Unset):
            v6 (list[NetworkV6] | Unset):
    """

    v4: list[NetworkV4] | Unset = UNSET
    v6: list[NetworkV6] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v4: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.v4, Unset):
            v4 = []
            for v4_item_data in self.v4:
                v4_item = v4_item_data.to_dict()
                v4.append(v4_item)

        v6: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.v6, Unset):
            v6 = []
            for v6_item_data in self.v6:
                v6_item = v6_item_data.to_dict()
                v6.append(v6_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if v4 is not UNSET:
            field_dict["v4"] = v4
        if v6 is not UNSET:
            field_dict["v6"] = v6

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.network_v4 import NetworkV4
        from ..models.network_v6 import NetworkV6

        d = dict(src_dict)
        _v4 = d.pop("v4", UNSET)
        v4: list[NetworkV4] | Unset = UNSET
        if _v4 is not UNSET:
            v4 = []
            for v4_item_data in _v4:
                v4_item = NetworkV4.from_dict(v4_item_data)

                v4.append(v4_item)

        _v6 = d.pop("v6", UNSET)
        v6: list[NetworkV6] | Unset = UNSET
        if _v6 is not UNSET:
            v6 = []
            for v6_item_data in _v6:
                v6_item = NetworkV6.from_dict(v6_item_data)

                v6.append(v6_item)

        droplet_networks = cls(
            v4=v4,
            v6=v6,
        )

        droplet_networks.additional_properties = d
        return droplet_networks

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
