from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceDatabaseSource")


@_attrs_define
class SourceDatabaseSource:
    """
    Attributes:
        host (str | Unset): The FQDN pointing to the database cluster's current primary node. Example: backend-do-
            user-19081923-0.db.ondigitalocean.com.
        port (int | Unset): The port on which the database cluster is listening. Example: 25060.
        dbname (str | Unset): The name of the default database. Example: defaultdb.
        username (str | Unset): The default user for the database. Example: doadmin.
        password (str | Unset): The randomly generated password for the default user. Example: wv78n3zpz42xezdk.
    """

    host: str | Unset = UNSET
    port: int | Unset = UNSET
    dbname: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        dbname = self.dbname

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if dbname is not UNSET:
            field_dict["dbname"] = dbname
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        dbname = d.pop("dbname", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        source_database_source = cls(
            host=host,
            port=port,
            dbname=dbname,
            username=username,
            password=password,
        )

        source_database_source.additional_properties = d
        return source_database_source

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
