from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supported_droplet_backup_policy import SupportedDropletBackupPolicy


T = TypeVar("T", bound="DropletsListSupportedBackupPoliciesResponse200")


@_attrs_define
class DropletsListSupportedBackupPoliciesResponse200:
    """
    Attributes:
        supported_policies (list[SupportedDropletBackupPolicy] | Unset):
    """

    supported_policies: list[SupportedDropletBackupPolicy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supported_policies, Unset):
            supported_policies = []
            for supported_policies_item_data in self.supported_policies:
                supported_policies_item = supported_policies_item_data.to_dict()
                supported_policies.append(supported_policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported_policies is not UNSET:
            field_dict["supported_policies"] = supported_policies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.supported_droplet_backup_policy import (
            SupportedDropletBackupPolicy,
        )

        d = dict(src_dict)
        _supported_policies = d.pop("supported_policies", UNSET)
        supported_policies: list[SupportedDropletBackupPolicy] | Unset = UNSET
        if _supported_policies is not UNSET:
            supported_policies = []
            for supported_policies_item_data in _supported_policies:
                supported_policies_item = SupportedDropletBackupPolicy.from_dict(
                    supported_policies_item_data
                )

                supported_policies.append(supported_policies_item)

        droplets_list_supported_backup_policies_response_200 = cls(
            supported_policies=supported_policies,
        )

        droplets_list_supported_backup_policies_response_200.additional_properties = d
        return droplets_list_supported_backup_policies_response_200

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
