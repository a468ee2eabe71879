from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_replica_read import DatabaseReplicaRead


T = TypeVar("T", bound="DatabasesListReplicasResponse200")


@_attrs_define
class DatabasesListReplicasResponse200:
    """
    Attributes:
        replicas (list[DatabaseReplicaRead] | Unset):
    """

    replicas: list[DatabaseReplicaRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replicas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.replicas, Unset):
            replicas = []
            for replicas_item_data in self.replicas:
                replicas_item = replicas_item_data.to_dict()
                replicas.append(replicas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replicas is not UNSET:
            field_dict["replicas"] = replicas

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_replica_read import DatabaseReplicaRead

        d = dict(src_dict)
        _replicas = d.pop("replicas", UNSET)
        replicas: list[DatabaseReplicaRead] | Unset = UNSET
        if _replicas is not UNSET:
            replicas = []
            for replicas_item_data in _replicas:
                replicas_item = DatabaseReplicaRead.from_dict(replicas_item_data)

                replicas.append(replicas_item)

        databases_list_replicas_response_200 = cls(
            replicas=replicas,
        )

        databases_list_replicas_response_200.additional_properties = d
        return databases_list_replicas_response_200

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
