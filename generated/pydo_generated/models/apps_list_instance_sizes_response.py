from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_instance_size import AppsInstanceSize


T = TypeVar("T", bound="AppsListInstanceSizesResponse")


@_attrs_define
class AppsListInstanceSizesResponse:
    """
    Attributes:
        discount_percent (float | Unset):  Example: 2.32.
        instance_sizes (list[AppsInstanceSize] | Unset):
    """

    discount_percent: float | Unset = UNSET
    instance_sizes: list[AppsInstanceSize] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_percent = self.discount_percent

        instance_sizes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_sizes, Unset):
            instance_sizes = []
            for instance_sizes_item_data in self.instance_sizes:
                instance_sizes_item = instance_sizes_item_data.to_dict()
                instance_sizes.append(instance_sizes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_percent is not UNSET:
            field_dict["discount_percent"] = discount_percent
        if instance_sizes is not UNSET:
            field_dict["instance_sizes"] = instance_sizes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apps_instance_size import AppsInstanceSize

        d = dict(src_dict)
        discount_percent = d.pop("discount_percent", UNSET)

        _instance_sizes = d.pop("instance_sizes", UNSET)
        instance_sizes: list[AppsInstanceSize] | Unset = UNSET
        if _instance_sizes is not UNSET:
            instance_sizes = []
            for instance_sizes_item_data in _instance_sizes:
                instance_sizes_item = AppsInstanceSize.from_dict(
                    instance_sizes_item_data
                )

                instance_sizes.append(instance_sizes_item)

        apps_list_instance_sizes_response = cls(
            discount_percent=discount_percent,
            instance_sizes=instance_sizes,
        )

        apps_list_instance_sizes_response.additional_properties = d
        return apps_list_instance_sizes_response

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
