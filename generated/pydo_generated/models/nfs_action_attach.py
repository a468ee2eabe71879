from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nfs_action_type import NfsActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nfs_action_attach_params import NfsActionAttachParams


T = TypeVar("T", bound="NfsActionAttach")


@_attrs_define
class NfsActionAttach:
    """
    Attributes:
        type_ (NfsActionType): The type of action to initiate for the NFS share (such as resize or snapshot). Example:
            resize.
        region (str | Unset): The DigitalOcean region slug (e.g. atl1, nyc2) where the NFS snapshot resides. Example:
            atl1.
        params (NfsActionAttachParams | Unset):
    """

    type_: NfsActionType
    region: str | Unset = UNSET
    params: NfsActionAttachParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        region = self.region

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nfs_action_attach_params import NfsActionAttachParams

        d = dict(src_dict)
        type_ = NfsActionType(d.pop("type"))

        region = d.pop("region", UNSET)

        _params = d.pop("params", UNSET)
        params: NfsActionAttachParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = NfsActionAttachParams.from_dict(_params)

        nfs_action_attach = cls(
            type_=type_,
            region=region,
            params=params,
        )

        nfs_action_attach.additional_properties = d
        return nfs_action_attach

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
