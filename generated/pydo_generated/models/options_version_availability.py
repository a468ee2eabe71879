from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_version_availability import DatabaseVersionAvailability


T = TypeVar("T", bound="OptionsVersionAvailability")


@_attrs_define
class OptionsVersionAvailability:
    """
    Attributes:
        kafka (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-of-life,
            end-of-availability for various database engines
        pg (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-of-life,
            end-of-availability for various database engines
        mysql (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-of-life,
            end-of-availability for various database engines
        redis (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-of-life,
            end-of-availability for various database engines
        valkey (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-of-
            life, end-of-availability for various database engines
        mongodb (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-of-
            life, end-of-availability for various database engines
        opensearch (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-of-
            life, end-of-availability for various database engines
        advanced_pg (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version end-
            of-life, end-of-availability for various database engines
        advanced_mysql (list[DatabaseVersionAvailability] | Unset): An array of objects, each indicating the version
            end-of-life, end-of-availability for various database engines
    """

    kafka: list[DatabaseVersionAvailability] | Unset = UNSET
    pg: list[DatabaseVersionAvailability] | Unset = UNSET
    mysql: list[DatabaseVersionAvailability] | Unset = UNSET
    redis: list[DatabaseVersionAvailability] | Unset = UNSET
    valkey: list[DatabaseVersionAvailability] | Unset = UNSET
    mongodb: list[DatabaseVersionAvailability] | Unset = UNSET
    opensearch: list[DatabaseVersionAvailability] | Unset = UNSET
    advanced_pg: list[DatabaseVersionAvailability] | Unset = UNSET
    advanced_mysql: list[DatabaseVersionAvailability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kafka: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.kafka, Unset):
            kafka = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.kafka:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                kafka.append(componentsschemasdatabase_version_availabilities_item)

        pg: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pg, Unset):
            pg = []
            for componentsschemasdatabase_version_availabilities_item_data in self.pg:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                pg.append(componentsschemasdatabase_version_availabilities_item)

        mysql: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mysql, Unset):
            mysql = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.mysql:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                mysql.append(componentsschemasdatabase_version_availabilities_item)

        redis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redis, Unset):
            redis = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.redis:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                redis.append(componentsschemasdatabase_version_availabilities_item)

        valkey: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valkey, Unset):
            valkey = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.valkey:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                valkey.append(componentsschemasdatabase_version_availabilities_item)

        mongodb: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mongodb, Unset):
            mongodb = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.mongodb:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                mongodb.append(componentsschemasdatabase_version_availabilities_item)

        opensearch: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.opensearch, Unset):
            opensearch = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.opensearch:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                opensearch.append(componentsschemasdatabase_version_availabilities_item)

        advanced_pg: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.advanced_pg, Unset):
            advanced_pg = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.advanced_pg:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                advanced_pg.append(
                    componentsschemasdatabase_version_availabilities_item
                )

        advanced_mysql: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.advanced_mysql, Unset):
            advanced_mysql = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in self.advanced_mysql:
                componentsschemasdatabase_version_availabilities_item = (
                    componentsschemasdatabase_version_availabilities_item_data.to_dict()
                )
                advanced_mysql.append(
                    componentsschemasdatabase_version_availabilities_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kafka is not UNSET:
            field_dict["kafka"] = kafka
        if pg is not UNSET:
            field_dict["pg"] = pg
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if redis is not UNSET:
            field_dict["redis"] = redis
        if valkey is not UNSET:
            field_dict["valkey"] = valkey
        if mongodb is not UNSET:
            field_dict["mongodb"] = mongodb
        if opensearch is not UNSET:
            field_dict["opensearch"] = opensearch
        if advanced_pg is not UNSET:
            field_dict["advanced_pg"] = advanced_pg
        if advanced_mysql is not UNSET:
            field_dict["advanced_mysql"] = advanced_mysql

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database_version_availability import DatabaseVersionAvailability

        d = dict(src_dict)
        _kafka = d.pop("kafka", UNSET)
        kafka: list[DatabaseVersionAvailability] | Unset = UNSET
        if _kafka is not UNSET:
            kafka = []
            for componentsschemasdatabase_version_availabilities_item_data in _kafka:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                kafka.append(componentsschemasdatabase_version_availabilities_item)

        _pg = d.pop("pg", UNSET)
        pg: list[DatabaseVersionAvailability] | Unset = UNSET
        if _pg is not UNSET:
            pg = []
            for componentsschemasdatabase_version_availabilities_item_data in _pg:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                pg.append(componentsschemasdatabase_version_availabilities_item)

        _mysql = d.pop("mysql", UNSET)
        mysql: list[DatabaseVersionAvailability] | Unset = UNSET
        if _mysql is not UNSET:
            mysql = []
            for componentsschemasdatabase_version_availabilities_item_data in _mysql:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                mysql.append(componentsschemasdatabase_version_availabilities_item)

        _redis = d.pop("redis", UNSET)
        redis: list[DatabaseVersionAvailability] | Unset = UNSET
        if _redis is not UNSET:
            redis = []
            for componentsschemasdatabase_version_availabilities_item_data in _redis:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                redis.append(componentsschemasdatabase_version_availabilities_item)

        _valkey = d.pop("valkey", UNSET)
        valkey: list[DatabaseVersionAvailability] | Unset = UNSET
        if _valkey is not UNSET:
            valkey = []
            for componentsschemasdatabase_version_availabilities_item_data in _valkey:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                valkey.append(componentsschemasdatabase_version_availabilities_item)

        _mongodb = d.pop("mongodb", UNSET)
        mongodb: list[DatabaseVersionAvailability] | Unset = UNSET
        if _mongodb is not UNSET:
            mongodb = []
            for componentsschemasdatabase_version_availabilities_item_data in _mongodb:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                mongodb.append(componentsschemasdatabase_version_availabilities_item)

        _opensearch = d.pop("opensearch", UNSET)
        opensearch: list[DatabaseVersionAvailability] | Unset = UNSET
        if _opensearch is not UNSET:
            opensearch = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in _opensearch:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                opensearch.append(componentsschemasdatabase_version_availabilities_item)

        _advanced_pg = d.pop("advanced_pg", UNSET)
        advanced_pg: list[DatabaseVersionAvailability] | Unset = UNSET
        if _advanced_pg is not UNSET:
            advanced_pg = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in _advanced_pg:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                advanced_pg.append(
                    componentsschemasdatabase_version_availabilities_item
                )

        _advanced_mysql = d.pop("advanced_mysql", UNSET)
        advanced_mysql: list[DatabaseVersionAvailability] | Unset = UNSET
        if _advanced_mysql is not UNSET:
            advanced_mysql = []
            for (
                componentsschemasdatabase_version_availabilities_item_data
            ) in _advanced_mysql:
                componentsschemasdatabase_version_availabilities_item = (
                    DatabaseVersionAvailability.from_dict(
                        componentsschemasdatabase_version_availabilities_item_data
                    )
                )

                advanced_mysql.append(
                    componentsschemasdatabase_version_availabilities_item
                )

        options_version_availability = cls(
            kafka=kafka,
            pg=pg,
            mysql=mysql,
            redis=redis,
            valkey=valkey,
            mongodb=mongodb,
            opensearch=opensearch,
            advanced_pg=advanced_pg,
            advanced_mysql=advanced_mysql,
        )

        options_version_availability.additional_properties = d
        return options_version_availability

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
