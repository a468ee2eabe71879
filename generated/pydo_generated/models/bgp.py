from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bgp_bgp import BGPBgp


T = TypeVar("T", bound="BGP")


@_attrs_define
class BGP:
    """
    Attributes:
        bgp (BGPBgp | Unset): BGP configurations
    """

    bgp: BGPBgp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bgp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bgp, Unset):
            bgp = self.bgp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bgp is not UNSET:
            field_dict["bgp"] = bgp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bgp_bgp import BGPBgp

        d = dict(src_dict)
        _bgp = d.pop("bgp", UNSET)
        bgp: BGPBgp | Unset
        if isinstance(_bgp, Unset):
            bgp = UNSET
        else:
            bgp = BGPBgp.from_dict(_bgp)

        bgp = cls(
            bgp=bgp,
        )

        bgp.additional_properties = d
        return bgp

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
