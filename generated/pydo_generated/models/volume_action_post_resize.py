from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.region_slug import RegionSlug
from ..models.volume_action_post_base_type import VolumeActionPostBaseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeActionPostResize")


@_attrs_define
class VolumeActionPostResize:
    """
    Attributes:
        type_ (VolumeActionPostBaseType): The volume action to initiate. Example: attach.
        size_gigabytes (int): The new size of the block storage volume in GiB (1024^3).
        region (RegionSlug | Unset): The slug identifier for the region where the resource will initially be  available.
            Example: nyc3.
    """

    type_: VolumeActionPostBaseType
    size_gigabytes: int
    region: RegionSlug | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        size_gigabytes = self.size_gigabytes

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "size_gigabytes": size_gigabytes,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = VolumeActionPostBaseType(d.pop("type"))

        size_gigabytes = d.pop("size_gigabytes")

        _region = d.pop("region", UNSET)
        region: RegionSlug | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = RegionSlug(_region)

        volume_action_post_resize = cls(
            type_=type_,
            size_gigabytes=size_gigabytes,
            region=region,
        )

        volume_action_post_resize.additional_properties = d
        return volume_action_post_resize

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
