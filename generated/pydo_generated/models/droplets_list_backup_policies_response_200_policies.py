from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.droplet_backup_policy_record import DropletBackupPolicyRecord


T = TypeVar("T", bound="DropletsListBackupPoliciesResponse200Policies")


@_attrs_define
class DropletsListBackupPoliciesResponse200Policies:
    """A map where the keys are the Droplet IDs and the values are
    objects containing the backup policy information for each Droplet.

    """

    additional_properties: dict[str, DropletBackupPolicyRecord] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet_backup_policy_record import DropletBackupPolicyRecord

        d = dict(src_dict)
        droplets_list_backup_policies_response_200_policies = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DropletBackupPolicyRecord.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        droplets_list_backup_policies_response_200_policies.additional_properties = (
            additional_properties
        )
        return droplets_list_backup_policies_response_200_policies

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DropletBackupPolicyRecord:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DropletBackupPolicyRecord) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
