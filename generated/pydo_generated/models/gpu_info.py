from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gpu_info_vram import GpuInfoVram


T = TypeVar("T", bound="GpuInfo")


@_attrs_define
class GpuInfo:
    """An object containing information about the GPU capabilities of Droplets created with this size.

    Attributes:
        count (int | Unset): The number of GPUs allocated to the Droplet. Example: 1.
        model (str | Unset): The model of the GPU. Example: nvidia_h100.
        vram (GpuInfoVram | Unset):
    """

    count: int | Unset = UNSET
    model: str | Unset = UNSET
    vram: GpuInfoVram | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        model = self.model

        vram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vram, Unset):
            vram = self.vram.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if model is not UNSET:
            field_dict["model"] = model
        if vram is not UNSET:
            field_dict["vram"] = vram

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gpu_info_vram import GpuInfoVram

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        model = d.pop("model", UNSET)

        _vram = d.pop("vram", UNSET)
        vram: GpuInfoVram | Unset
        if isinstance(_vram, Unset):
            vram = UNSET
        else:
            vram = GpuInfoVram.from_dict(_vram)

        gpu_info = cls(
            count=count,
            model=model,
            vram=vram,
        )

        gpu_info.additional_properties = d
        return gpu_info

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
