from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nfs_action_type import NfsActionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NfsAction")


@_attrs_define
class NfsAction:
    """Specifies the action that will be taken on the NFS share.

    Attributes:
        type_ (NfsActionType): The type of action to initiate for the NFS share (such as resize or snapshot). Example:
            resize.
        region (str | Unset): The DigitalOcean region slug (e.g. atl1, nyc2) where the NFS snapshot resides. Example:
            atl1.
    """

    type_: NfsActionType
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = NfsActionType(d.pop("type"))

        region = d.pop("region", UNSET)

        nfs_action = cls(
            type_=type_,
            region=region,
        )

        nfs_action.additional_properties = d
        return nfs_action

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
