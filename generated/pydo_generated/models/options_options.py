from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.options_options_advanced_mysql import OptionsOptionsAdvancedMysql
    from ..models.options_options_advanced_pg import OptionsOptionsAdvancedPg
    from ..models.options_options_kafka import OptionsOptionsKafka
    from ..models.options_options_mongodb import OptionsOptionsMongodb
    from ..models.options_options_mysql import OptionsOptionsMysql
    from ..models.options_options_opensearch import OptionsOptionsOpensearch
    from ..models.options_options_pg import OptionsOptionsPg
    from ..models.options_options_redis import OptionsOptionsRedis
    from ..models.options_options_valkey import OptionsOptionsValkey


T = TypeVar("T", bound="OptionsOptions")


@_attrs_define
class OptionsOptions:
    """
    Attributes:
        kafka (OptionsOptionsKafka | Unset):
        mongodb (OptionsOptionsMongodb | Unset):
        pg (OptionsOptionsPg | Unset):
        mysql (OptionsOptionsMysql | Unset):
        redis (OptionsOptionsRedis | Unset):
        valkey (OptionsOptionsValkey | Unset):
        opensearch (OptionsOptionsOpensearch | Unset):
        advanced_pg (OptionsOptionsAdvancedPg | Unset):
        advanced_mysql (OptionsOptionsAdvancedMysql | Unset):
    """

    kafka: OptionsOptionsKafka | Unset = UNSET
    mongodb: OptionsOptionsMongodb | Unset = UNSET
    pg: OptionsOptionsPg | Unset = UNSET
    mysql: OptionsOptionsMysql | Unset = UNSET
    redis: OptionsOptionsRedis | Unset = UNSET
    valkey: OptionsOptionsValkey | Unset = UNSET
    opensearch: OptionsOptionsOpensearch | Unset = UNSET
    advanced_pg: OptionsOptionsAdvancedPg | Unset = UNSET
    advanced_mysql: OptionsOptionsAdvancedMysql | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kafka: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kafka, Unset):
            kafka = self.kafka.to_dict()

        mongodb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mongodb, Unset):
            mongodb = self.mongodb.to_dict()

        pg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pg, Unset):
            pg = self.pg.to_dict()

        mysql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mysql, Unset):
            mysql = self.mysql.to_dict()

        redis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redis, Unset):
            redis = self.redis.to_dict()

        valkey: dict[str, Any] | Unset = UNSET
        if not isinstance(self.valkey, Unset):
            valkey = self.valkey.to_dict()

        opensearch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opensearch, Unset):
            opensearch = self.opensearch.to_dict()

        advanced_pg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_pg, Unset):
            advanced_pg = self.advanced_pg.to_dict()

        advanced_mysql: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_mysql, Unset):
            advanced_mysql = self.advanced_mysql.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kafka is not UNSET:
            field_dict["kafka"] = kafka
        if mongodb is not UNSET:
            field_dict["mongodb"] = mongodb
        if pg is not UNSET:
            field_dict["pg"] = pg
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if redis is not UNSET:
            field_dict["redis"] = redis
        if valkey is not UNSET:
            field_dict["valkey"] = valkey
        if opensearch is not UNSET:
            field_dict["opensearch"] = opensearch
        if advanced_pg is not UNSET:
            field_dict["advanced_pg"] = advanced_pg
        if advanced_mysql is not UNSET:
            field_dict["advanced_mysql"] = advanced_mysql

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.options_options_advanced_mysql import OptionsOptionsAdvancedMysql
        from ..models.options_options_advanced_pg import OptionsOptionsAdvancedPg
        from ..models.options_options_kafka import OptionsOptionsKafka
        from ..models.options_options_mongodb import OptionsOptionsMongodb
        from ..models.options_options_mysql import OptionsOptionsMysql
        from ..models.options_options_opensearch import OptionsOptionsOpensearch
        from ..models.options_options_pg import OptionsOptionsPg
        from ..models.options_options_redis import OptionsOptionsRedis
        from ..models.options_options_valkey import OptionsOptionsValkey

        d = dict(src_dict)
        _kafka = d.pop("kafka", UNSET)
        kafka: OptionsOptionsKafka | Unset
        if isinstance(_kafka, Unset):
            kafka = UNSET
        else:
            kafka = OptionsOptionsKafka.from_dict(_kafka)

        _mongodb = d.pop("mongodb", UNSET)
        mongodb: OptionsOptionsMongodb | Unset
        if isinstance(_mongodb, Unset):
            mongodb = UNSET
        else:
            mongodb = OptionsOptionsMongodb.from_dict(_mongodb)

        _pg = d.pop("pg", UNSET)
        pg: OptionsOptionsPg | Unset
        if isinstance(_pg, Unset):
            pg = UNSET
        else:
            pg = OptionsOptionsPg.from_dict(_pg)

        _mysql = d.pop("mysql", UNSET)
        mysql: OptionsOptionsMysql | Unset
        if isinstance(_mysql, Unset):
            mysql = UNSET
        else:
            mysql = OptionsOptionsMysql.from_dict(_mysql)

        _redis = d.pop("redis", UNSET)
        redis: OptionsOptionsRedis | Unset
        if isinstance(_redis, Unset):
            redis = UNSET
        else:
            redis = OptionsOptionsRedis.from_dict(_redis)

        _valkey = d.pop("valkey", UNSET)
        valkey: OptionsOptionsValkey | Unset
        if isinstance(_valkey, Unset):
            valkey = UNSET
        else:
            valkey = OptionsOptionsValkey.from_dict(_valkey)

        _opensearch = d.pop("opensearch", UNSET)
        opensearch: OptionsOptionsOpensearch | Unset
        if isinstance(_opensearch, Unset):
            opensearch = UNSET
        else:
            opensearch = OptionsOptionsOpensearch.from_dict(_opensearch)

        _advanced_pg = d.pop("advanced_pg", UNSET)
        advanced_pg: OptionsOptionsAdvancedPg | Unset
        if isinstance(_advanced_pg, Unset):
            advanced_pg = UNSET
        else:
            advanced_pg = OptionsOptionsAdvancedPg.from_dict(_advanced_pg)

        _advanced_mysql = d.pop("advanced_mysql", UNSET)
        advanced_mysql: OptionsOptionsAdvancedMysql | Unset
        if isinstance(_advanced_mysql, Unset):
            advanced_mysql = UNSET
        else:
            advanced_mysql = OptionsOptionsAdvancedMysql.from_dict(_advanced_mysql)

        options_options = cls(
            kafka=kafka,
            mongodb=mongodb,
            pg=pg,
            mysql=mysql,
            redis=redis,
            valkey=valkey,
            opensearch=opensearch,
            advanced_pg=advanced_pg,
            advanced_mysql=advanced_mysql,
        )

        options_options.additional_properties = d
        return options_options

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
