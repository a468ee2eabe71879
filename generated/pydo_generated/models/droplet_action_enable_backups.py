from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.droplet_action_type import DropletActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet_action_enable_backups_backup_policy import (
        DropletActionEnableBackupsBackupPolicy,
    )


T = TypeVar("T", bound="DropletActionEnableBackups")


@_attrs_define
class DropletActionEnableBackups:
    """
    Example:
        {'type': 'enable_backups', 'backup_policy': {'plan': 'daily', 'hour': 20}}

    Attributes:
        type_ (DropletActionType): The type of action to initiate for the Droplet. Example: reboot.
        backup_policy (DropletActionEnableBackupsBackupPolicy | Unset):
    """

    type_: DropletActionType
    backup_policy: DropletActionEnableBackupsBackupPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        backup_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_policy, Unset):
            backup_policy = self.backup_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if backup_policy is not UNSET:
            field_dict["backup_policy"] = backup_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet_action_enable_backups_backup_policy import (
            DropletActionEnableBackupsBackupPolicy,
        )

        d = dict(src_dict)
        type_ = DropletActionType(d.pop("type"))

        _backup_policy = d.pop("backup_policy", UNSET)
        backup_policy: DropletActionEnableBackupsBackupPolicy | Unset
        if isinstance(_backup_policy, Unset):
            backup_policy = UNSET
        else:
            backup_policy = DropletActionEnableBackupsBackupPolicy.from_dict(
                _backup_policy
            )

        droplet_action_enable_backups = cls(
            type_=type_,
            backup_policy=backup_policy,
        )

        droplet_action_enable_backups.additional_properties = d
        return droplet_action_enable_backups

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
