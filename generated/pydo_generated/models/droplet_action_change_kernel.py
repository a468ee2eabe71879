from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.droplet_action_type import DropletActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DropletActionChangeKernel")


@_attrs_define
class DropletActionChangeKernel:
    """
    Attributes:
        type_ (DropletActionType): The type of action to initiate for the Droplet. Example: reboot.
        kernel (int | Unset): A unique number used to identify and reference a specific kernel. Example: 12389723.
    """

    type_: DropletActionType
    kernel: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        kernel = self.kernel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if kernel is not UNSET:
            field_dict["kernel"] = kernel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = DropletActionType(d.pop("type"))

        kernel = d.pop("kernel", UNSET)

        droplet_action_change_kernel = cls(
            type_=type_,
            kernel=kernel,
        )

        droplet_action_change_kernel.additional_properties = d
        return droplet_action_change_kernel

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
