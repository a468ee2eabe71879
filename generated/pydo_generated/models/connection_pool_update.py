from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionPoolUpdate")


@_attrs_define
class ConnectionPoolUpdate:
    """
    Attributes:
        mode (str): The PGBouncer transaction mode for the connection pool. The allowed values are session, transaction,
            and statement. Example: transaction.
        size (int): The desired size of the PGBouncer connection pool. The maximum allowed size is determined by the
            size of the cluster's primary node. 25 backend server connections are allowed for every 1GB of RAM. Three are
            reserved for maintenance. For example, a primary node with 1 GB of RAM allows for a maximum of 22 backend server
            connections while one with 4 GB would allow for 97. Note that these are shared across all connection pools in a
            cluster. Example: 10.
        db (str): The database for use with the connection pool. Example: defaultdb.
        user (str | Unset): The name of the user for use with the connection pool. When excluded, all sessions connect
            to the database as the inbound user. Example: doadmin.
    """

    mode: str
    size: int
    db: str
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        size = self.size

        db = self.db

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "size": size,
                "db": db,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = d.pop("mode")

        size = d.pop("size")

        db = d.pop("db")

        user = d.pop("user", UNSET)

        connection_pool_update = cls(
            mode=mode,
            size=size,
            db=db,
            user=user,
        )

        connection_pool_update.additional_properties = d
        return connection_pool_update

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
