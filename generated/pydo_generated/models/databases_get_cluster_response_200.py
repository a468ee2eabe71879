from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.database_cluster_read import DatabaseClusterRead


T = TypeVar("T", bound="DatabasesGetClusterResponse200")


@_attrs_define
class DatabasesGetClusterResponse200:
    """
    Attributes:
        database (DatabaseClusterRead):
    """

    database: DatabaseClusterRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database = self.database.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_cluster_read import DatabaseClusterRead

        d = dict(src_dict)
        database = DatabaseClusterRead.from_dict(d.pop("database"))

        databases_get_cluster_response_200 = cls(
            database=database,
        )

        databases_get_cluster_response_200.additional_properties = d
        return databases_get_cluster_response_200

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
