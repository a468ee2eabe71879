from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseLayoutOption")


@_attrs_define
class DatabaseLayoutOption:
    """
    Attributes:
        num_nodes (int | Unset):  Example: 1.
        sizes (list[str] | Unset): An array of objects containing the slugs available with various node counts Example:
            ['db-s-1vcpu-1gb', 'db-s-1vcpu-2gb'].
    """

    num_nodes: int | Unset = UNSET
    sizes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_nodes = self.num_nodes

        sizes: list[str] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = self.sizes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_nodes is not UNSET:
            field_dict["num_nodes"] = num_nodes
        if sizes is not UNSET:
            field_dict["sizes"] = sizes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        num_nodes = d.pop("num_nodes", UNSET)

        sizes = cast(list[str], d.pop("sizes", UNSET))

        database_layout_option = cls(
            num_nodes=num_nodes,
            sizes=sizes,
        )

        database_layout_option.additional_properties = d
        return database_layout_option

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
