from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vpc_peering import VpcPeering


T = TypeVar("T", bound="VpcPeeringsPatchResponse200")


@_attrs_define
class VpcPeeringsPatchResponse200:
    """
    Example:
        {'vpc_peering': {'id': '5a4981aa-9653-4bd1-bef5-d6bff52042e4', 'name': 'example-vpc-peering', 'vpc_ids':
            ['997615ce-132d-4bae-9270-9ee21b395e5d', 'e51aed59-3bb1-4a6a-8de0-9d1329e9c997'], 'created_at':
            '2024-01-09T20:44:32Z', 'status': 'ACTIVE'}}

    Attributes:
        vpc_peering (VpcPeering | Unset):
    """

    vpc_peering: VpcPeering | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vpc_peering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpc_peering, Unset):
            vpc_peering = self.vpc_peering.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vpc_peering is not UNSET:
            field_dict["vpc_peering"] = vpc_peering

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vpc_peering import VpcPeering

        d = dict(src_dict)
        _vpc_peering = d.pop("vpc_peering", UNSET)
        vpc_peering: VpcPeering | Unset
        if isinstance(_vpc_peering, Unset):
            vpc_peering = UNSET
        else:
            vpc_peering = VpcPeering.from_dict(_vpc_peering)

        vpc_peerings_patch_response_200 = cls(
            vpc_peering=vpc_peering,
        )

        vpc_peerings_patch_response_200.additional_properties = d
        return vpc_peerings_patch_response_200

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
