from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet import Droplet


T = TypeVar("T", bound="DropletsGetResponse200")


@_attrs_define
class DropletsGetResponse200:
    """
    Attributes:
        droplet (Droplet | Unset):
    """

    droplet: Droplet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        droplet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.droplet, Unset):
            droplet = self.droplet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if droplet is not UNSET:
            field_dict["droplet"] = droplet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet import Droplet

        d = dict(src_dict)
        _droplet = d.pop("droplet", UNSET)
        droplet: Droplet | Unset
        if isinstance(_droplet, Unset):
            droplet = UNSET
        else:
            droplet = Droplet.from_dict(_droplet)

        droplets_get_response_200 = cls(
            droplet=droplet,
        )

        droplets_get_response_200.additional_properties = d
        return droplets_get_response_200

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
