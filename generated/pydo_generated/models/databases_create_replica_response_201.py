from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_replica_read import DatabaseReplicaRead


T = TypeVar("T", bound="DatabasesCreateReplicaResponse201")


@_attrs_define
class DatabasesCreateReplicaResponse201:
    """
    Attributes:
        replica (DatabaseReplicaRead | Unset):
    """

    replica: DatabaseReplicaRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replica: dict[str, Any] | Unset = UNSET
        if not isinstance(self.replica, Unset):
            replica = self.replica.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replica is not UNSET:
            field_dict["replica"] = replica

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_replica_read import DatabaseReplicaRead

        d = dict(src_dict)
        _replica = d.pop("replica", UNSET)
        replica: DatabaseReplicaRead | Unset
        if isinstance(_replica, Unset):
            replica = UNSET
        else:
            replica = DatabaseReplicaRead.from_dict(_replica)

        databases_create_replica_response_201 = cls(
            replica=replica,
        )

        databases_create_replica_response_201.additional_properties = d
        return databases_create_replica_response_201

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
