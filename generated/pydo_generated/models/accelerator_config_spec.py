from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accelerator_config_spec_status import AcceleratorConfigSpecStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceleratorConfigSpec")


@_attrs_define
class AcceleratorConfigSpec:
    """
    Attributes:
        scale (int): Number of accelerator instances. Example: 1.
        type_ (str): Accelerator type (e.g. prefill_decode). Example: prefill_decode.
        accelerator_slug (str): DigitalOcean GPU slug. Example: gpu-mi300x1-192gb.
        status (AcceleratorConfigSpecStatus | Unset): Current state of the Accelerator. Example: active.
    """

    scale: int
    type_: str
    accelerator_slug: str
    status: AcceleratorConfigSpecStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale = self.scale

        type_ = self.type_

        accelerator_slug = self.accelerator_slug

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scale": scale,
                "type": type_,
                "accelerator_slug": accelerator_slug,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scale = d.pop("scale")

        type_ = d.pop("type")

        accelerator_slug = d.pop("accelerator_slug")

        _status = d.pop("status", UNSET)
        status: AcceleratorConfigSpecStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AcceleratorConfigSpecStatus(_status)

        accelerator_config_spec = cls(
            scale=scale,
            type_=type_,
            accelerator_slug=accelerator_slug,
            status=status,
        )

        accelerator_config_spec.additional_properties = d
        return accelerator_config_spec

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
