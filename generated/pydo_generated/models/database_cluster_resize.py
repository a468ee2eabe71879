from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseClusterResize")


@_attrs_define
class DatabaseClusterResize:
    """
    Attributes:
        size (str): A slug identifier representing desired the size of the nodes in the database cluster. Example:
            db-s-4vcpu-8gb.
        num_nodes (int): The number of nodes in the database cluster. Valid values are are 1-3. In addition to the
            primary node, up to two standby nodes may be added for highly available configurations. Example: 3.
        storage_size_mib (int | Unset): Additional storage added to the cluster, in MiB. If null, no additional storage
            is added to the cluster, beyond what is provided as a base amount from the 'size' and any previously added
            additional storage. Example: 61440.
    """

    size: str
    num_nodes: int
    storage_size_mib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        num_nodes = self.num_nodes

        storage_size_mib = self.storage_size_mib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size": size,
                "num_nodes": num_nodes,
            }
        )
        if storage_size_mib is not UNSET:
            field_dict["storage_size_mib"] = storage_size_mib

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        size = d.pop("size")

        num_nodes = d.pop("num_nodes")

        storage_size_mib = d.pop("storage_size_mib", UNSET)

        database_cluster_resize = cls(
            size=size,
            num_nodes=num_nodes,
            storage_size_mib=storage_size_mib,
        )

        database_cluster_resize.additional_properties = d
        return database_cluster_resize

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
