from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NfsActionReassignParams")


@_attrs_define
class NfsActionReassignParams:
    """
    Attributes:
        old_vpc_id (str): The ID of the VPC from which the NFS share will be reassigned Example: vpc-id-123.
        new_vpc_id (str): The ID of the VPC to which the NFS share will be reassigned Example: vpc-id-456.
    """

    old_vpc_id: str
    new_vpc_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_vpc_id = self.old_vpc_id

        new_vpc_id = self.new_vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "old_vpc_id": old_vpc_id,
                "new_vpc_id": new_vpc_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        old_vpc_id = d.pop("old_vpc_id")

        new_vpc_id = d.pop("new_vpc_id")

        nfs_action_reassign_params = cls(
            old_vpc_id=old_vpc_id,
            new_vpc_id=new_vpc_id,
        )

        nfs_action_reassign_params.additional_properties = d
        return nfs_action_reassign_params

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
