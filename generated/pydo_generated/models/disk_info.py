from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_info_type import DiskInfoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disk_info_size import DiskInfoSize


T = TypeVar("T", bound="DiskInfo")


@_attrs_define
class DiskInfo:
    """
    Attributes:
        type_ (DiskInfoType | Unset): The type of disk. All Droplets contain a `local` or `boot` disk. Additionally, GPU
            Droplets can also have a `scratch` disk for non-persistent data. Example: local.
        size (DiskInfoSize | Unset):
    """

    type_: DiskInfoType | Unset = UNSET
    size: DiskInfoSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.disk_info_size import DiskInfoSize

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DiskInfoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DiskInfoType(_type_)

        _size = d.pop("size", UNSET)
        size: DiskInfoSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = DiskInfoSize.from_dict(_size)

        disk_info = cls(
            type_=type_,
            size=size,
        )

        disk_info.additional_properties = d
        return disk_info

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
