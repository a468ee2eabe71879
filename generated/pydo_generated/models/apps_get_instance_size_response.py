from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_instance_size import AppsInstanceSize


T = TypeVar("T", bound="AppsGetInstanceSizeResponse")


@_attrs_define
class AppsGetInstanceSizeResponse:
    """
    Attributes:
        instance_size (AppsInstanceSize | Unset):
    """

    instance_size: AppsInstanceSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_size, Unset):
            instance_size = self.instance_size.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_size is not UNSET:
            field_dict["instance_size"] = instance_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apps_instance_size import AppsInstanceSize

        d = dict(src_dict)
        _instance_size = d.pop("instance_size", UNSET)
        instance_size: AppsInstanceSize | Unset
        if isinstance(_instance_size, Unset):
            instance_size = UNSET
        else:
            instance_size = AppsInstanceSize.from_dict(_instance_size)

        apps_get_instance_size_response = cls(
            instance_size=instance_size,
        )

        apps_get_instance_size_response.additional_properties = d
        return apps_get_instance_size_response

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
