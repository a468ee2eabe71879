from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseClusterStandbyPrivateConnection")


@_attrs_define
class DatabaseClusterStandbyPrivateConnection:
    """
    Attributes:
        uri (str | Unset): A connection string in the format accepted by the `psql` command. This is provided as a
            convenience and should be able to be constructed by the other attributes. Example:
            postgres://doadmin:wv78n3zpz42xezdk@backend-do-
            user-19081923-0.db.ondigitalocean.com:25060/defaultdb?sslmode=require.
        database (str | Unset): The name of the default database. Example: defaultdb.
        host (str | Unset): The FQDN pointing to the database cluster's current primary node. Example: backend-do-
            user-19081923-0.db.ondigitalocean.com.
        port (int | Unset): The port on which the database cluster is listening. Example: 25060.
        user (str | Unset): The default user for the database.<br><br>Requires `database:view_credentials` scope.
            Example: doadmin.
        password (str | Unset): The randomly generated password for the default user.<br><br>Requires
            `database:view_credentials` scope. Example: wv78n3zpz42xezdk.
        ssl (bool | Unset): A boolean value indicating if the connection should be made over SSL. Example: True.
    """

    uri: str | Unset = UNSET
    database: str | Unset = UNSET
    host: str | Unset = UNSET
    port: int | Unset = UNSET
    user: str | Unset = UNSET
    password: str | Unset = UNSET
    ssl: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        database = self.database

        host = self.host

        port = self.port

        user = self.user

        password = self.password

        ssl = self.ssl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uri is not UNSET:
            field_dict["uri"] = uri
        if database is not UNSET:
            field_dict["database"] = database
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if user is not UNSET:
            field_dict["user"] = user
        if password is not UNSET:
            field_dict["password"] = password
        if ssl is not UNSET:
            field_dict["ssl"] = ssl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uri = d.pop("uri", UNSET)

        database = d.pop("database", UNSET)

        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        user = d.pop("user", UNSET)

        password = d.pop("password", UNSET)

        ssl = d.pop("ssl", UNSET)

        database_cluster_standby_private_connection = cls(
            uri=uri,
            database=database,
            host=host,
            port=port,
            user=user,
            password=password,
            ssl=ssl,
        )

        database_cluster_standby_private_connection.additional_properties = d
        return database_cluster_standby_private_connection

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
