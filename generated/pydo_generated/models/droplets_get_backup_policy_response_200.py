from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet_backup_policy_record import DropletBackupPolicyRecord


T = TypeVar("T", bound="DropletsGetBackupPolicyResponse200")


@_attrs_define
class DropletsGetBackupPolicyResponse200:
    """
    Attributes:
        policy (DropletBackupPolicyRecord | Unset):
    """

    policy: DropletBackupPolicyRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet_backup_policy_record import DropletBackupPolicyRecord

        d = dict(src_dict)
        _policy = d.pop("policy", UNSET)
        policy: DropletBackupPolicyRecord | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = DropletBackupPolicyRecord.from_dict(_policy)

        droplets_get_backup_policy_response_200 = cls(
            policy=policy,
        )

        droplets_get_backup_policy_response_200.additional_properties = d
        return droplets_get_backup_policy_response_200

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
