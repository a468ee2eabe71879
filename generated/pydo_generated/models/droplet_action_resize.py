from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.droplet_action_type import DropletActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DropletActionResize")


@_attrs_define
class DropletActionResize:
    """
    Attributes:
        type_ (DropletActionType): The type of action to initiate for the Droplet. Example: reboot.
        disk (bool | Unset): When `true`, the Droplet's disk will be resized in addition to its RAM and CPU. This is a
            permanent change and cannot be reversed as a Droplet's disk size cannot be decreased. Example: True.
        size (str | Unset): The slug identifier for the size to which you wish to resize the Droplet. Example:
            s-2vcpu-2gb.
    """

    type_: DropletActionType
    disk: bool | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        disk = self.disk

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if disk is not UNSET:
            field_dict["disk"] = disk
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = DropletActionType(d.pop("type"))

        disk = d.pop("disk", UNSET)

        size = d.pop("size", UNSET)

        droplet_action_resize = cls(
            type_=type_,
            disk=disk,
            size=size,
        )

        droplet_action_resize.additional_properties = d
        return droplet_action_resize

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
