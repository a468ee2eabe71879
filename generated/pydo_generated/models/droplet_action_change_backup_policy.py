from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.droplet_action_type import DropletActionType

if TYPE_CHECKING:
    from ..models.droplet_action_change_backup_policy_backup_policy import (
        DropletActionChangeBackupPolicyBackupPolicy,
    )


T = TypeVar("T", bound="DropletActionChangeBackupPolicy")


@_attrs_define
class DropletActionChangeBackupPolicy:
    """
    Example:
        {'type': 'enable_backups', 'backup_policy': {'plan': 'weekly', 'day': 'SUN', 'hour': 20}}

    Attributes:
        type_ (DropletActionType): The type of action to initiate for the Droplet. Example: reboot.
        backup_policy (DropletActionChangeBackupPolicyBackupPolicy):
    """

    type_: DropletActionType
    backup_policy: DropletActionChangeBackupPolicyBackupPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        backup_policy = self.backup_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "backup_policy": backup_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet_action_change_backup_policy_backup_policy import (
            DropletActionChangeBackupPolicyBackupPolicy,
        )

        d = dict(src_dict)
        type_ = DropletActionType(d.pop("type"))

        backup_policy = DropletActionChangeBackupPolicyBackupPolicy.from_dict(
            d.pop("backup_policy")
        )

        droplet_action_change_backup_policy = cls(
            type_=type_,
            backup_policy=backup_policy,
        )

        droplet_action_change_backup_policy.additional_properties = d
        return droplet_action_change_backup_policy

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
