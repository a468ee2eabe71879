from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet_backup_policy_record_backup_policy import (
        DropletBackupPolicyRecordBackupPolicy,
    )
    from ..models.droplet_next_backup_window_type_0 import DropletNextBackupWindowType0


T = TypeVar("T", bound="DropletBackupPolicyRecord")


@_attrs_define
class DropletBackupPolicyRecord:
    """
    Attributes:
        droplet_id (int | Unset): The unique identifier for the Droplet. Example: 7101383.
        backup_enabled (bool | Unset): A boolean value indicating whether backups are enabled for the Droplet. Example:
            True.
        backup_policy (DropletBackupPolicyRecordBackupPolicy | Unset):
        next_backup_window (DropletNextBackupWindowType0 | None | Unset):
    """

    droplet_id: int | Unset = UNSET
    backup_enabled: bool | Unset = UNSET
    backup_policy: DropletBackupPolicyRecordBackupPolicy | Unset = UNSET
    next_backup_window: DropletNextBackupWindowType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.droplet_next_backup_window_type_0 import (
            DropletNextBackupWindowType0,
        )

        droplet_id = self.droplet_id

        backup_enabled = self.backup_enabled

        backup_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_policy, Unset):
            backup_policy = self.backup_policy.to_dict()

        next_backup_window: dict[str, Any] | None | Unset
        if isinstance(self.next_backup_window, Unset):
            next_backup_window = UNSET
        elif isinstance(self.next_backup_window, DropletNextBackupWindowType0):
            next_backup_window = self.next_backup_window.to_dict()
        else:
            next_backup_window = self.next_backup_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if droplet_id is not UNSET:
            field_dict["droplet_id"] = droplet_id
        if backup_enabled is not UNSET:
            field_dict["backup_enabled"] = backup_enabled
        if backup_policy is not UNSET:
            field_dict["backup_policy"] = backup_policy
        if next_backup_window is not UNSET:
            field_dict["next_backup_window"] = next_backup_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet_backup_policy_record_backup_policy import (
            DropletBackupPolicyRecordBackupPolicy,
        )
        from ..models.droplet_next_backup_window_type_0 import (
            DropletNextBackupWindowType0,
        )

        d = dict(src_dict)
        droplet_id = d.pop("droplet_id", UNSET)

        backup_enabled = d.pop("backup_enabled", UNSET)

        _backup_policy = d.pop("backup_policy", UNSET)
        backup_policy: DropletBackupPolicyRecordBackupPolicy | Unset
        if isinstance(_backup_policy, Unset):
            backup_policy = UNSET
        else:
            backup_policy = DropletBackupPolicyRecordBackupPolicy.from_dict(
                _backup_policy
            )

        def _parse_next_backup_window(
            data: object,
        ) -> DropletNextBackupWindowType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasdroplet_next_backup_window_type_0 = (
                    DropletNextBackupWindowType0.from_dict(data)
                )

                return componentsschemasdroplet_next_backup_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DropletNextBackupWindowType0 | None | Unset, data)

        next_backup_window = _parse_next_backup_window(
            d.pop("next_backup_window", UNSET)
        )

        droplet_backup_policy_record = cls(
            droplet_id=droplet_id,
            backup_enabled=backup_enabled,
            backup_policy=backup_policy,
            next_backup_window=next_backup_window,
        )

        droplet_backup_policy_record.additional_properties = d
        return droplet_backup_policy_record

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
