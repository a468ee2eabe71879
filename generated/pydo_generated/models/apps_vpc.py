from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_vpc_egress_ip import AppsVpcEgressIp


T = TypeVar("T", bound="AppsVpc")


@_attrs_define
class AppsVpc:
    """
    Attributes:
        id (str | Unset):  Example: c22d8f48-4bc4-49f5-8ca0-58e7164427ac.
        egress_ips (list[AppsVpcEgressIp] | Unset):
    """

    id: str | Unset = UNSET
    egress_ips: list[AppsVpcEgressIp] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        egress_ips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.egress_ips, Unset):
            egress_ips = []
            for egress_ips_item_data in self.egress_ips:
                egress_ips_item = egress_ips_item_data.to_dict()
                egress_ips.append(egress_ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if egress_ips is not UNSET:
            field_dict["egress_ips"] = egress_ips

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apps_vpc_egress_ip import AppsVpcEgressIp

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _egress_ips = d.pop("egress_ips", UNSET)
        egress_ips: list[AppsVpcEgressIp] | Unset = UNSET
        if _egress_ips is not UNSET:
            egress_ips = []
            for egress_ips_item_data in _egress_ips:
                egress_ips_item = AppsVpcEgressIp.from_dict(egress_ips_item_data)

                egress_ips.append(egress_ips_item)

        apps_vpc = cls(
            id=id,
            egress_ips=egress_ips,
        )

        apps_vpc.additional_properties = d
        return apps_vpc

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
