from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.byoip_prefix import ByoipPrefix


T = TypeVar("T", bound="ByoipPrefixesPatchResponse202")


@_attrs_define
class ByoipPrefixesPatchResponse202:
    """
    Attributes:
        byoip_prefix (ByoipPrefix | Unset):
    """

    byoip_prefix: ByoipPrefix | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        byoip_prefix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.byoip_prefix, Unset):
            byoip_prefix = self.byoip_prefix.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if byoip_prefix is not UNSET:
            field_dict["byoip_prefix"] = byoip_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.byoip_prefix import ByoipPrefix

        d = dict(src_dict)
        _byoip_prefix = d.pop("byoip_prefix", UNSET)
        byoip_prefix: ByoipPrefix | Unset
        if isinstance(_byoip_prefix, Unset):
            byoip_prefix = UNSET
        else:
            byoip_prefix = ByoipPrefix.from_dict(_byoip_prefix)

        byoip_prefixes_patch_response_202 = cls(
            byoip_prefix=byoip_prefix,
        )

        byoip_prefixes_patch_response_202.additional_properties = d
        return byoip_prefixes_patch_response_202

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
