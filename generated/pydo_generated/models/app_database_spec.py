from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_database_spec_engine import AppDatabaseSpecEngine
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppDatabaseSpec")


@_attrs_define
class AppDatabaseSpec:
    """
    Attributes:
        name (str): The database's name. The name must be unique across all components within the same app and cannot
            use capital letters. Example: prod-db.
        cluster_name (str | Unset): The name of the underlying DigitalOcean DBaaS cluster. This is required for
            production databases. For dev databases, if cluster_name is not set, a new cluster will be provisioned. Example:
            cluster_name.
        db_name (str | Unset): The name of the MySQL or PostgreSQL database to configure. Example: my_db.
        db_user (str | Unset): The name of the MySQL or PostgreSQL user to configure. Example: superuser.
        engine (AppDatabaseSpecEngine | Unset): - MYSQL: MySQL
            - PG: PostgreSQL
            - REDIS: Caching
            - MONGODB: MongoDB
            - KAFKA: Kafka
            - OPENSEARCH: OpenSearch
            - VALKEY: ValKey Default: AppDatabaseSpecEngine.UNSET. Example: PG.
        production (bool | Unset): Whether this is a production or dev database. Example: True.
        version (str | Unset): The version of the database engine Example: 12.
    """

    name: str
    cluster_name: str | Unset = UNSET
    db_name: str | Unset = UNSET
    db_user: str | Unset = UNSET
    engine: AppDatabaseSpecEngine | Unset = AppDatabaseSpecEngine.UNSET
    production: bool | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cluster_name = self.cluster_name

        db_name = self.db_name

        db_user = self.db_user

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.value

        production = self.production

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if db_name is not UNSET:
            field_dict["db_name"] = db_name
        if db_user is not UNSET:
            field_dict["db_user"] = db_user
        if engine is not UNSET:
            field_dict["engine"] = engine
        if production is not UNSET:
            field_dict["production"] = production
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        cluster_name = d.pop("cluster_name", UNSET)

        db_name = d.pop("db_name", UNSET)

        db_user = d.pop("db_user", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: AppDatabaseSpecEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = AppDatabaseSpecEngine(_engine)

        production = d.pop("production", UNSET)

        version = d.pop("version", UNSET)

        app_database_spec = cls(
            name=name,
            cluster_name=cluster_name,
            db_name=db_name,
            db_user=db_user,
            engine=engine,
            production=production,
            version=version,
        )

        app_database_spec.additional_properties = d
        return app_database_spec

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
