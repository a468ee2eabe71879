from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nfs_response import NfsResponse


T = TypeVar("T", bound="NfsCreateResponse")


@_attrs_define
class NfsCreateResponse:
    """
    Attributes:
        share (NfsResponse | Unset):
    """

    share: NfsResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share, Unset):
            share = self.share.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share is not UNSET:
            field_dict["share"] = share

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nfs_response import NfsResponse

        d = dict(src_dict)
        _share = d.pop("share", UNSET)
        share: NfsResponse | Unset
        if isinstance(_share, Unset):
            share = UNSET
        else:
            share = NfsResponse.from_dict(_share)

        nfs_create_response = cls(
            share=share,
        )

        nfs_create_response.additional_properties = d
        return nfs_create_response

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
