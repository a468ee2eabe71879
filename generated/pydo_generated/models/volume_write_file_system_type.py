from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeWriteFileSystemType")


@_attrs_define
class VolumeWriteFileSystemType:
    """
    Attributes:
        filesystem_type (str | Unset): The name of the filesystem type to be used on the volume. When provided, the
            volume will automatically be formatted to the specified filesystem type. Currently, the available options are
            `ext4` and `xfs`. Pre-formatted volumes are automatically mounted when attached to Ubuntu, Debian, Fedora,
            Fedora Atomic, and CentOS Droplets created on or after April 26, 2018. Attaching pre-formatted volumes to other
            Droplets is not recommended. Example: ext4.
    """

    filesystem_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filesystem_type = self.filesystem_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filesystem_type is not UNSET:
            field_dict["filesystem_type"] = filesystem_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filesystem_type = d.pop("filesystem_type", UNSET)

        volume_write_file_system_type = cls(
            filesystem_type=filesystem_type,
        )

        volume_write_file_system_type.additional_properties = d
        return volume_write_file_system_type

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
