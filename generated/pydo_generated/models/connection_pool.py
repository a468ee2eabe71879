from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_pool_connection import ConnectionPoolConnection
    from ..models.connection_pool_private_connection import (
        ConnectionPoolPrivateConnection,
    )
    from ..models.connection_pool_standby_connection import (
        ConnectionPoolStandbyConnection,
    )
    from ..models.connection_pool_standby_private_connection import (
        ConnectionPoolStandbyPrivateConnection,
    )


T = TypeVar("T", bound="ConnectionPool")


@_attrs_define
class ConnectionPool:
    """
    Attributes:
        name (str): A unique name for the connection pool. Must be between 3 and 60 characters. Example: backend-pool.
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
        connection (ConnectionPoolConnection | Unset):
        private_connection (ConnectionPoolPrivateConnection | Unset):
        standby_connection (ConnectionPoolStandbyConnection | Unset):
        standby_private_connection (ConnectionPoolStandbyPrivateConnection | Unset):
    """

    name: str
    mode: str
    size: int
    db: str
    user: str | Unset = UNSET
    connection: ConnectionPoolConnection | Unset = UNSET
    private_connection: ConnectionPoolPrivateConnection | Unset = UNSET
    standby_connection: ConnectionPoolStandbyConnection | Unset = UNSET
    standby_private_connection: ConnectionPoolStandbyPrivateConnection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mode = self.mode

        size = self.size

        db = self.db

        user = self.user

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        private_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private_connection, Unset):
            private_connection = self.private_connection.to_dict()

        standby_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standby_connection, Unset):
            standby_connection = self.standby_connection.to_dict()

        standby_private_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.standby_private_connection, Unset):
            standby_private_connection = self.standby_private_connection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "mode": mode,
                "size": size,
                "db": db,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if connection is not UNSET:
            field_dict["connection"] = connection
        if private_connection is not UNSET:
            field_dict["private_connection"] = private_connection
        if standby_connection is not UNSET:
            field_dict["standby_connection"] = standby_connection
        if standby_private_connection is not UNSET:
            field_dict["standby_private_connection"] = standby_private_connection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_pool_connection import ConnectionPoolConnection
        from ..models.connection_pool_private_connection import (
            ConnectionPoolPrivateConnection,
        )
        from ..models.connection_pool_standby_connection import (
            ConnectionPoolStandbyConnection,
        )
        from ..models.connection_pool_standby_private_connection import (
            ConnectionPoolStandbyPrivateConnection,
        )

        d = dict(src_dict)
        name = d.pop("name")

        mode = d.pop("mode")

        size = d.pop("size")

        db = d.pop("db")

        user = d.pop("user", UNSET)

        _connection = d.pop("connection", UNSET)
        connection: ConnectionPoolConnection | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = ConnectionPoolConnection.from_dict(_connection)

        _private_connection = d.pop("private_connection", UNSET)
        private_connection: ConnectionPoolPrivateConnection | Unset
        if isinstance(_private_connection, Unset):
            private_connection = UNSET
        else:
            private_connection = ConnectionPoolPrivateConnection.from_dict(
                _private_connection
            )

        _standby_connection = d.pop("standby_connection", UNSET)
        standby_connection: ConnectionPoolStandbyConnection | Unset
        if isinstance(_standby_connection, Unset):
            standby_connection = UNSET
        else:
            standby_connection = ConnectionPoolStandbyConnection.from_dict(
                _standby_connection
            )

        _standby_private_connection = d.pop("standby_private_connection", UNSET)
        standby_private_connection: ConnectionPoolStandbyPrivateConnection | Unset
        if isinstance(_standby_private_connection, Unset):
            standby_private_connection = UNSET
        else:
            standby_private_connection = (
                ConnectionPoolStandbyPrivateConnection.from_dict(
                    _standby_private_connection
                )
            )

        connection_pool = cls(
            name=name,
            mode=mode,
            size=size,
            db=db,
            user=user,
            connection=connection,
            private_connection=private_connection,
            standby_connection=standby_connection,
            standby_private_connection=standby_private_connection,
        )

        connection_pool.additional_properties = d
        return connection_pool

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
