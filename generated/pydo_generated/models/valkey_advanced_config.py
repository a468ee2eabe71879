from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eviction_policy_model import EvictionPolicyModel
from ..models.valkey_advanced_config_valkey_acl_channels_default import (
    ValkeyAdvancedConfigValkeyAclChannelsDefault,
)
from ..models.valkey_advanced_config_valkey_persistence import (
    ValkeyAdvancedConfigValkeyPersistence,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValkeyAdvancedConfig")


@_attrs_define
class ValkeyAdvancedConfig:
    """
    Attributes:
        valkey_maxmemory_policy (EvictionPolicyModel | Unset): A string specifying the desired eviction policy for a
            Caching or Valkey cluster.

            - `noeviction`: Don't evict any data, returns error when memory limit is reached.
            - `allkeys_lru:` Evict any key, least recently used (LRU) first.
            - `allkeys_random`: Evict keys in a random order.
            - `volatile_lru`: Evict keys with expiration only, least recently used (LRU) first.
            - `volatile_random`: Evict keys with expiration only in a random order.
            - `volatile_ttl`: Evict keys with expiration only, shortest time-to-live (TTL) first. Example: allkeys_lru.
        valkey_pubsub_client_output_buffer_limit (int | Unset): Set output buffer limit for pub / sub clients in MB. The
            value is the hard limit, the soft limit is 1/4 of the hard limit. When setting the limit, be mindful of the
            available memory in the selected service plan. Example: 64.
        valkey_number_of_databases (int | Unset): Set number of valkey databases. Changing this will cause a restart of
            valkey service. Example: 16.
        valkey_io_threads (int | Unset): Valkey IO thread count Example: 1.
        valkey_lfu_log_factor (int | Unset): Counter logarithm factor for volatile-lfu and allkeys-lfu maxmemory-
            policies Default: 10. Example: 10.
        valkey_lfu_decay_time (int | Unset): LFU maxmemory-policy counter decay time in minutes Default: 1. Example: 1.
        valkey_ssl (bool | Unset): Require SSL to access Valkey Default: True. Example: True.
        valkey_timeout (int | Unset): Valkey idle connection timeout in seconds Default: 300. Example: 300.
        valkey_notify_keyspace_events (str | Unset): Set notify-keyspace-events option. Requires at least `K` or `E` and
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
        valkey_persistence (ValkeyAdvancedConfigValkeyPersistence | Unset): When persistence is 'rdb', Valkey does RDB
            dumps each 10 minutes if any key is changed. Also RDB dumps are done according to backup schedule for backup
            purposes. When persistence is 'off', no RDB dumps and backups are done, so data can be lost at any moment if
            service is restarted for any reason, or if service is powered off. Also service can't be forked. Example: rdb.
        valkey_acl_channels_default (ValkeyAdvancedConfigValkeyAclChannelsDefault | Unset): Determines default pub/sub
            channels' ACL for new users if ACL is not supplied. When this option is not defined, all_channels is assumed to
            keep backward compatibility. This option doesn't affect Valkey configuration acl-pubsub-default. Example:
            allchannels.
        frequent_snapshots (bool | Unset): Frequent RDB snapshots
            When enabled, Valkey will create frequent local RDB snapshots. When disabled, Valkey will only take RDB
            snapshots when a backup is created, based on the backup schedule. This setting is ignored when
            valkey_persistence is set to off.
             Default: True. Example: True.
        valkey_active_expire_effort (int | Unset): Active expire effort
            Valkey reclaims expired keys both when accessed and in the background. The background process scans for expired
            keys to free memory. Increasing the active-expire-effort setting (default 1, max 10) uses more CPU to reclaim
            expired keys faster, reducing memory usage but potentially increasing latency.
             Default: 1. Example: 1.
    """

    valkey_maxmemory_policy: EvictionPolicyModel | Unset = UNSET
    valkey_pubsub_client_output_buffer_limit: int | Unset = UNSET
    valkey_number_of_databases: int | Unset = UNSET
    valkey_io_threads: int | Unset = UNSET
    valkey_lfu_log_factor: int | Unset = 10
    valkey_lfu_decay_time: int | Unset = 1
    valkey_ssl: bool | Unset = True
    valkey_timeout: int | Unset = 300
    valkey_notify_keyspace_events: str | Unset = ""
    valkey_persistence: ValkeyAdvancedConfigValkeyPersistence | Unset = UNSET
    valkey_acl_channels_default: (
        ValkeyAdvancedConfigValkeyAclChannelsDefault | Unset
    ) = UNSET
    frequent_snapshots: bool | Unset = True
    valkey_active_expire_effort: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valkey_maxmemory_policy: str | Unset = UNSET
        if not isinstance(self.valkey_maxmemory_policy, Unset):
            valkey_maxmemory_policy = self.valkey_maxmemory_policy.value

        valkey_pubsub_client_output_buffer_limit = (
            self.valkey_pubsub_client_output_buffer_limit
        )

        valkey_number_of_databases = self.valkey_number_of_databases

        valkey_io_threads = self.valkey_io_threads

        valkey_lfu_log_factor = self.valkey_lfu_log_factor

        valkey_lfu_decay_time = self.valkey_lfu_decay_time

        valkey_ssl = self.valkey_ssl

        valkey_timeout = self.valkey_timeout

        valkey_notify_keyspace_events = self.valkey_notify_keyspace_events

        valkey_persistence: str | Unset = UNSET
        if not isinstance(self.valkey_persistence, Unset):
            valkey_persistence = self.valkey_persistence.value

        valkey_acl_channels_default: str | Unset = UNSET
        if not isinstance(self.valkey_acl_channels_default, Unset):
            valkey_acl_channels_default = self.valkey_acl_channels_default.value

        frequent_snapshots = self.frequent_snapshots

        valkey_active_expire_effort = self.valkey_active_expire_effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valkey_maxmemory_policy is not UNSET:
            field_dict["valkey_maxmemory_policy"] = valkey_maxmemory_policy
        if valkey_pubsub_client_output_buffer_limit is not UNSET:
            field_dict["valkey_pubsub_client_output_buffer_limit"] = (
                valkey_pubsub_client_output_buffer_limit
            )
        if valkey_number_of_databases is not UNSET:
            field_dict["valkey_number_of_databases"] = valkey_number_of_databases
        if valkey_io_threads is not UNSET:
            field_dict["valkey_io_threads"] = valkey_io_threads
        if valkey_lfu_log_factor is not UNSET:
            field_dict["valkey_lfu_log_factor"] = valkey_lfu_log_factor
        if valkey_lfu_decay_time is not UNSET:
            field_dict["valkey_lfu_decay_time"] = valkey_lfu_decay_time
        if valkey_ssl is not UNSET:
            field_dict["valkey_ssl"] = valkey_ssl
        if valkey_timeout is not UNSET:
            field_dict["valkey_timeout"] = valkey_timeout
        if valkey_notify_keyspace_events is not UNSET:
            field_dict["valkey_notify_keyspace_events"] = valkey_notify_keyspace_events
        if valkey_persistence is not UNSET:
            field_dict["valkey_persistence"] = valkey_persistence
        if valkey_acl_channels_default is not UNSET:
            field_dict["valkey_acl_channels_default"] = valkey_acl_channels_default
        if frequent_snapshots is not UNSET:
            field_dict["frequent_snapshots"] = frequent_snapshots
        if valkey_active_expire_effort is not UNSET:
            field_dict["valkey_active_expire_effort"] = valkey_active_expire_effort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _valkey_maxmemory_policy = d.pop("valkey_maxmemory_policy", UNSET)
        valkey_maxmemory_policy: EvictionPolicyModel | Unset
        if isinstance(_valkey_maxmemory_policy, Unset):
            valkey_maxmemory_policy = UNSET
        else:
            valkey_maxmemory_policy = EvictionPolicyModel(_valkey_maxmemory_policy)

        valkey_pubsub_client_output_buffer_limit = d.pop(
            "valkey_pubsub_client_output_buffer_limit", UNSET
        )

        valkey_number_of_databases = d.pop("valkey_number_of_databases", UNSET)

        valkey_io_threads = d.pop("valkey_io_threads", UNSET)

        valkey_lfu_log_factor = d.pop("valkey_lfu_log_factor", UNSET)

        valkey_lfu_decay_time = d.pop("valkey_lfu_decay_time", UNSET)

        valkey_ssl = d.pop("valkey_ssl", UNSET)

        valkey_timeout = d.pop("valkey_timeout", UNSET)

        valkey_notify_keyspace_events = d.pop("valkey_notify_keyspace_events", UNSET)

        _valkey_persistence = d.pop("valkey_persistence", UNSET)
        valkey_persistence: ValkeyAdvancedConfigValkeyPersistence | Unset
        if isinstance(_valkey_persistence, Unset):
            valkey_persistence = UNSET
        else:
            valkey_persistence = ValkeyAdvancedConfigValkeyPersistence(
                _valkey_persistence
            )

        _valkey_acl_channels_default = d.pop("valkey_acl_channels_default", UNSET)
        valkey_acl_channels_default: (
            ValkeyAdvancedConfigValkeyAclChannelsDefault | Unset
        )
        if isinstance(_valkey_acl_channels_default, Unset):
            valkey_acl_channels_default = UNSET
        else:
            valkey_acl_channels_default = ValkeyAdvancedConfigValkeyAclChannelsDefault(
                _valkey_acl_channels_default
            )

        frequent_snapshots = d.pop("frequent_snapshots", UNSET)

        valkey_active_expire_effort = d.pop("valkey_active_expire_effort", UNSET)

        valkey_advanced_config = cls(
            valkey_maxmemory_policy=valkey_maxmemory_policy,
            valkey_pubsub_client_output_buffer_limit=valkey_pubsub_client_output_buffer_limit,
            valkey_number_of_databases=valkey_number_of_databases,
            valkey_io_threads=valkey_io_threads,
            valkey_lfu_log_factor=valkey_lfu_log_factor,
            valkey_lfu_decay_time=valkey_lfu_decay_time,
            valkey_ssl=valkey_ssl,
            valkey_timeout=valkey_timeout,
            valkey_notify_keyspace_events=valkey_notify_keyspace_events,
            valkey_persistence=valkey_persistence,
            valkey_acl_channels_default=valkey_acl_channels_default,
            frequent_snapshots=frequent_snapshots,
            valkey_active_expire_effort=valkey_active_expire_effort,
        )

        valkey_advanced_config.additional_properties = d
        return valkey_advanced_config

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
