from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redis_advanced_config_redis_acl_channels_default import (
    RedisAdvancedConfigRedisAclChannelsDefault,
)
from ..models.redis_advanced_config_redis_maxmemory_policy import (
    RedisAdvancedConfigRedisMaxmemoryPolicy,
)
from ..models.redis_advanced_config_redis_persistence import (
    RedisAdvancedConfigRedisPersistence,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedisAdvancedConfig")


@_attrs_define
class RedisAdvancedConfig:
    """
    Attributes:
        redis_maxmemory_policy (RedisAdvancedConfigRedisMaxmemoryPolicy | Unset): A string specifying the desired
            eviction policy for the Caching cluster.

            - `noeviction`: Don't evict any data, returns error when memory limit is reached.
            - `allkeys-lru:` Evict any key, least recently used (LRU) first.
            - `allkeys-random`: Evict keys in a random order.
            - `volatile-lru`: Evict keys with expiration only, least recently used (LRU) first.
            - `volatile-random`: Evict keys with expiration only in a random order.
            - `volatile-ttl`: Evict keys with expiration only, shortest time-to-live (TTL) first. Example: allkeys-lru.
        redis_pubsub_client_output_buffer_limit (int | Unset): Set output buffer limit for pub / sub clients in MB. The
            value is the hard limit, the soft limit is 1/4 of the hard limit. When setting the limit, be mindful of the
            available memory in the selected service plan. Example: 64.
        redis_number_of_databases (int | Unset): Set number of redis databases. Changing this will cause a restart of
            redis service. Example: 16.
        redis_io_threads (int | Unset): Caching IO thread count Example: 1.
        redis_lfu_log_factor (int | Unset): Counter logarithm factor for volatile-lfu and allkeys-lfu maxmemory-policies
            Default: 10. Example: 10.
        redis_lfu_decay_time (int | Unset): LFU maxmemory-policy counter decay time in minutes Default: 1. Example: 1.
        redis_ssl (bool | Unset): Require SSL to access Caching.
            - When enabled, Caching accepts only SSL connections on port `25061`.
            - When disabled, port `25060` is opened for non-SSL connections, while port `25061` remains available for SSL
            connections.
             Default: True. Example: True.
        redis_timeout (int | Unset): Caching idle connection timeout in seconds Default: 300. Example: 300.
        redis_notify_keyspace_events (str | Unset): Set notify-keyspace-events option. Requires at least `K` or `E` and
            accepts any combination of the following options. Setting the parameter to `""` disables notifications.
            - `K` &mdash; Keyspace events
            - `E` &mdash; Keyevent events
            - `g` &mdash; Generic commands (e.g. `DEL`, `EXPIRE`, `RENAME`, ...)
            - `$` &mdash; String commands
            - `l` &mdash; List commands
            - `s` &mdash; Set commands
            - `h` &mdash; Hash commands
            - `z` &mdash; Sorted set commands
            - `t` &mdash; Stream commands
            - `d` &mdash; Module key type events
            - `x` &mdash; Expired events
            - `e` &mdash; Evicted events
            - `m` &mdash; Key miss events
            - `n` &mdash; New key events
            - `A` &mdash; Alias for `"g$lshztxed"` Default: ''. Example: K.
        redis_persistence (RedisAdvancedConfigRedisPersistence | Unset): Creates an RDB dump of the database every 10
            minutes that can be used  to recover data after a node crash. The database does not create the  dump if no keys
            have changed since the last dump. When set to `off`,  the database cannot fork services, and data can be lost if
            a service  is restarted or powered off. DigitalOcean Managed Caching databases  do not support the Append Only
            File (AOF) persistence method. Example: rdb.
        redis_acl_channels_default (RedisAdvancedConfigRedisAclChannelsDefault | Unset): Determines default pub/sub
            channels' ACL for new users if ACL is not supplied. When this option is not defined, all_channels is assumed to
            keep backward compatibility. This option doesn't affect Caching configuration acl-pubsub-default. Example:
            allchannels.
    """

    redis_maxmemory_policy: RedisAdvancedConfigRedisMaxmemoryPolicy | Unset = UNSET
    redis_pubsub_client_output_buffer_limit: int | Unset = UNSET
    redis_number_of_databases: int | Unset = UNSET
    redis_io_threads: int | Unset = UNSET
    redis_lfu_log_factor: int | Unset = 10
    redis_lfu_decay_time: int | Unset = 1
    redis_ssl: bool | Unset = True
    redis_timeout: int | Unset = 300
    redis_notify_keyspace_events: str | Unset = ""
    redis_persistence: RedisAdvancedConfigRedisPersistence | Unset = UNSET
    redis_acl_channels_default: RedisAdvancedConfigRedisAclChannelsDefault | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redis_maxmemory_policy: str | Unset = UNSET
        if not isinstance(self.redis_maxmemory_policy, Unset):
            redis_maxmemory_policy = self.redis_maxmemory_policy.value

        redis_pubsub_client_output_buffer_limit = (
            self.redis_pubsub_client_output_buffer_limit
        )

        redis_number_of_databases = self.redis_number_of_databases

        redis_io_threads = self.redis_io_threads

        redis_lfu_log_factor = self.redis_lfu_log_factor

        redis_lfu_decay_time = self.redis_lfu_decay_time

        redis_ssl = self.redis_ssl

        redis_timeout = self.redis_timeout

        redis_notify_keyspace_events = self.redis_notify_keyspace_events

        redis_persistence: str | Unset = UNSET
        if not isinstance(self.redis_persistence, Unset):
            redis_persistence = self.redis_persistence.value

        redis_acl_channels_default: str | Unset = UNSET
        if not isinstance(self.redis_acl_channels_default, Unset):
            redis_acl_channels_default = self.redis_acl_channels_default.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redis_maxmemory_policy is not UNSET:
            field_dict["redis_maxmemory_policy"] = redis_maxmemory_policy
        if redis_pubsub_client_output_buffer_limit is not UNSET:
            field_dict["redis_pubsub_client_output_buffer_limit"] = (
                redis_pubsub_client_output_buffer_limit
            )
        if redis_number_of_databases is not UNSET:
            field_dict["redis_number_of_databases"] = redis_number_of_databases
        if redis_io_threads is not UNSET:
            field_dict["redis_io_threads"] = redis_io_threads
        if redis_lfu_log_factor is not UNSET:
            field_dict["redis_lfu_log_factor"] = redis_lfu_log_factor
        if redis_lfu_decay_time is not UNSET:
            field_dict["redis_lfu_decay_time"] = redis_lfu_decay_time
        if redis_ssl is not UNSET:
            field_dict["redis_ssl"] = redis_ssl
        if redis_timeout is not UNSET:
            field_dict["redis_timeout"] = redis_timeout
        if redis_notify_keyspace_events is not UNSET:
            field_dict["redis_notify_keyspace_events"] = redis_notify_keyspace_events
        if redis_persistence is not UNSET:
            field_dict["redis_persistence"] = redis_persistence
        if redis_acl_channels_default is not UNSET:
            field_dict["redis_acl_channels_default"] = redis_acl_channels_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _redis_maxmemory_policy = d.pop("redis_maxmemory_policy", UNSET)
        redis_maxmemory_policy: RedisAdvancedConfigRedisMaxmemoryPolicy | Unset
        if isinstance(_redis_maxmemory_policy, Unset):
            redis_maxmemory_policy = UNSET
        else:
            redis_maxmemory_policy = RedisAdvancedConfigRedisMaxmemoryPolicy(
                _redis_maxmemory_policy
            )

        redis_pubsub_client_output_buffer_limit = d.pop(
            "redis_pubsub_client_output_buffer_limit", UNSET
        )

        redis_number_of_databases = d.pop("redis_number_of_databases", UNSET)

        redis_io_threads = d.pop("redis_io_threads", UNSET)

        redis_lfu_log_factor = d.pop("redis_lfu_log_factor", UNSET)

        redis_lfu_decay_time = d.pop("redis_lfu_decay_time", UNSET)

        redis_ssl = d.pop("redis_ssl", UNSET)

        redis_timeout = d.pop("redis_timeout", UNSET)

        redis_notify_keyspace_events = d.pop("redis_notify_keyspace_events", UNSET)

        _redis_persistence = d.pop("redis_persistence", UNSET)
        redis_persistence: RedisAdvancedConfigRedisPersistence | Unset
        if isinstance(_redis_persistence, Unset):
            redis_persistence = UNSET
        else:
            redis_persistence = RedisAdvancedConfigRedisPersistence(_redis_persistence)

        _redis_acl_channels_default = d.pop("redis_acl_channels_default", UNSET)
        redis_acl_channels_default: RedisAdvancedConfigRedisAclChannelsDefault | Unset
        if isinstance(_redis_acl_channels_default, Unset):
            redis_acl_channels_default = UNSET
        else:
            redis_acl_channels_default = RedisAdvancedConfigRedisAclChannelsDefault(
                _redis_acl_channels_default
            )

        redis_advanced_config = cls(
            redis_maxmemory_policy=redis_maxmemory_policy,
            redis_pubsub_client_output_buffer_limit=redis_pubsub_client_output_buffer_limit,
            redis_number_of_databases=redis_number_of_databases,
            redis_io_threads=redis_io_threads,
            redis_lfu_log_factor=redis_lfu_log_factor,
            redis_lfu_decay_time=redis_lfu_decay_time,
            redis_ssl=redis_ssl,
            redis_timeout=redis_timeout,
            redis_notify_keyspace_events=redis_notify_keyspace_events,
            redis_persistence=redis_persistence,
            redis_acl_channels_default=redis_acl_channels_default,
        )

        redis_advanced_config.additional_properties = d
        return redis_advanced_config

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
