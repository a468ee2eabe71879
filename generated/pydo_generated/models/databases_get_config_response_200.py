from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.kafka_advanced_config import KafkaAdvancedConfig
    from ..models.mongo_advanced_config import MongoAdvancedConfig
    from ..models.mysql_advanced_config import MysqlAdvancedConfig
    from ..models.opensearch_advanced_config import OpensearchAdvancedConfig
    from ..models.postgres_advanced_config import PostgresAdvancedConfig
    from ..models.redis_advanced_config import RedisAdvancedConfig
    from ..models.valkey_advanced_config import ValkeyAdvancedConfig


T = TypeVar("T", bound="DatabasesGetConfigResponse200")


@_attrs_define
class DatabasesGetConfigResponse200:
    """
    Attributes:
        config (KafkaAdvancedConfig | MongoAdvancedConfig | MysqlAdvancedConfig | OpensearchAdvancedConfig |
            PostgresAdvancedConfig | RedisAdvancedConfig | ValkeyAdvancedConfig):
    """

    config: (
        KafkaAdvancedConfig
        | MongoAdvancedConfig
        | MysqlAdvancedConfig
        | OpensearchAdvancedConfig
        | PostgresAdvancedConfig
        | RedisAdvancedConfig
        | ValkeyAdvancedConfig
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kafka_advanced_config import KafkaAdvancedConfig
        from ..models.mysql_advanced_config import MysqlAdvancedConfig
        from ..models.opensearch_advanced_config import OpensearchAdvancedConfig
        from ..models.postgres_advanced_config import PostgresAdvancedConfig
        from ..models.redis_advanced_config import RedisAdvancedConfig
        from ..models.valkey_advanced_config import ValkeyAdvancedConfig

        config: dict[str, Any]
        if (
            isinstance(self.config, MysqlAdvancedConfig)
            or isinstance(self.config, PostgresAdvancedConfig)
            or isinstance(self.config, RedisAdvancedConfig)
            or isinstance(self.config, ValkeyAdvancedConfig)
            or isinstance(self.config, KafkaAdvancedConfig)
            or isinstance(self.config, OpensearchAdvancedConfig)
        ):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kafka_advanced_config import KafkaAdvancedConfig
        from ..models.mongo_advanced_config import MongoAdvancedConfig
        from ..models.mysql_advanced_config import MysqlAdvancedConfig
        from ..models.opensearch_advanced_config import OpensearchAdvancedConfig
        from ..models.postgres_advanced_config import PostgresAdvancedConfig
        from ..models.redis_advanced_config import RedisAdvancedConfig
        from ..models.valkey_advanced_config import ValkeyAdvancedConfig

        d = dict(src_dict)

        def _parse_config(
            data: object,
        ) -> (
            KafkaAdvancedConfig
            | MongoAdvancedConfig
            | MysqlAdvancedConfig
            | OpensearchAdvancedConfig
            | PostgresAdvancedConfig
            | RedisAdvancedConfig
            | ValkeyAdvancedConfig
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = MysqlAdvancedConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_1 = PostgresAdvancedConfig.from_dict(data)

                return config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_2 = RedisAdvancedConfig.from_dict(data)

                return config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_3 = ValkeyAdvancedConfig.from_dict(data)

                return config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_4 = KafkaAdvancedConfig.from_dict(data)

                return config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_5 = OpensearchAdvancedConfig.from_dict(data)

                return config_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_type_6 = MongoAdvancedConfig.from_dict(data)

            return config_type_6

        config = _parse_config(d.pop("config"))

        databases_get_config_response_200 = cls(
            config=config,
        )

        databases_get_config_response_200.additional_properties = d
        return databases_get_config_response_200

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
