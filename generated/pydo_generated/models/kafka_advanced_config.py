from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kafka_advanced_config_compression_type import (
    KafkaAdvancedConfigCompressionType,
)
from ..models.kafka_advanced_config_log_cleanup_policy import (
    KafkaAdvancedConfigLogCleanupPolicy,
)
from ..models.kafka_advanced_config_log_message_timestamp_type import (
    KafkaAdvancedConfigLogMessageTimestampType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KafkaAdvancedConfig")


@_attrs_define
class KafkaAdvancedConfig:
    """
    Attributes:
        compression_type (KafkaAdvancedConfigCompressionType | Unset): Specify the final compression type for a given
            topic. This configuration accepts the standard compression codecs ('gzip', 'snappy', 'lz4', 'zstd'). It
            additionally accepts 'uncompressed' which is equivalent to no compression; and 'producer' which means retain the
            original compression codec set by the producer. Example: gzip.
        group_initial_rebalance_delay_ms (int | Unset): The amount of time, in milliseconds, the group coordinator will
            wait for more consumers to join a new group before performing the first rebalance. A longer delay means
            potentially fewer rebalances, but increases the time until processing begins. The default value for this is 3
            seconds. During development and testing it might be desirable to set this to 0 in order to not delay test
            execution time. Example: 3000.
        group_min_session_timeout_ms (int | Unset): The minimum allowed session timeout for registered consumers. Longer
            timeouts give consumers more time to process messages in between heartbeats at the cost of a longer time to
            detect failures. Example: 6000.
        group_max_session_timeout_ms (int | Unset): The maximum allowed session timeout for registered consumers. Longer
            timeouts give consumers more time to process messages in between heartbeats at the cost of a longer time to
            detect failures. Example: 1800000.
        connections_max_idle_ms (int | Unset): Idle connections timeout: the server socket processor threads close the
            connections that idle for longer than this. Example: 540000.
        max_incremental_fetch_session_cache_slots (int | Unset): The maximum number of incremental fetch sessions that
            the broker will maintain. Example: 1000.
        message_max_bytes (int | Unset): The maximum size of message that the server can receive. Example: 1048588.
        offsets_retention_minutes (int | Unset): Log retention window in minutes for offsets topic Example: 10080.
        log_cleaner_delete_retention_ms (int | Unset): How long are delete records retained? Example: 86400000.
        log_cleaner_min_cleanable_ratio (float | Unset): Controls log compactor frequency. Larger value means more
            frequent compactions but also more space wasted for logs. Consider setting log_cleaner_max_compaction_lag_ms to
            enforce compactions sooner, instead of setting a very high value for this option. Example: 0.5.
        log_cleaner_max_compaction_lag_ms (int | Unset): The maximum amount of time message will remain uncompacted.
            Only applicable for logs that are being compacted Example: 60000.
        log_cleaner_min_compaction_lag_ms (int | Unset): The minimum time a message will remain uncompacted in the log.
            Only applicable for logs that are being compacted. Example: 100000.
        log_cleanup_policy (KafkaAdvancedConfigLogCleanupPolicy | Unset): The default cleanup policy for segments beyond
            the retention window Example: delete.
        log_flush_interval_messages (int | Unset): The number of messages accumulated on a log partition before messages
            are flushed to disk Example: 9223372036854776000.
        log_flush_interval_ms (int | Unset): The maximum time in ms that a message in any topic is kept in memory before
            flushed to disk. If not set, the value in log.flush.scheduler.interval.ms is used Example: 1000000.
        log_index_interval_bytes (int | Unset): The interval with which Kafka adds an entry to the offset index Example:
            4096.
        log_index_size_max_bytes (int | Unset): The maximum size in bytes of the offset index Example: 10485760.
        log_message_downconversion_enable (bool | Unset): This configuration controls whether down-conversion of message
            formats is enabled to satisfy consume requests. Example: True.
        log_message_timestamp_type (KafkaAdvancedConfigLogMessageTimestampType | Unset): Define whether the timestamp in
            the message is message create time or log append time. Example: CreateTime.
        log_message_timestamp_difference_max_ms (int | Unset): The maximum difference allowed between the timestamp when
            a broker receives a message and the timestamp specified in the message Example: 1000000.
        log_preallocate (bool | Unset): Controls whether to preallocate a file when creating a new segment Example:
            False.
        log_retention_bytes (int | Unset): The maximum size of the log before deleting messages Example: 1000000.
        log_retention_hours (int | Unset): The number of hours to keep a log file before deleting it Example: 1000000.
        log_retention_ms (int | Unset): The number of milliseconds to keep a log file before deleting it (in
            milliseconds), If not set, the value in log.retention.minutes is used. If set to -1, no time limit is applied.
            Example: 100000000.
        log_roll_jitter_ms (int | Unset): The maximum jitter to subtract from logRollTimeMillis (in milliseconds). If
            not set, the value in log.roll.jitter.hours is used Example: 10000000.
        log_roll_ms (int | Unset): The maximum time before a new log segment is rolled out (in milliseconds). Example:
            1000000.
        log_segment_bytes (int | Unset): The maximum size of a single log file Example: 100000000.
        log_segment_delete_delay_ms (int | Unset): The amount of time to wait before deleting a file from the filesystem
            Example: 60000.
        auto_create_topics_enable (bool | Unset): Enable auto creation of topics Default: False. Example: True.
        min_insync_replicas (int | Unset): When a producer sets acks to 'all' (or '-1'), min_insync_replicas specifies
            the minimum number of replicas that must acknowledge a write for the write to be considered successful. Example:
            1.
        num_partitions (int | Unset): Number of partitions for autocreated topics Example: 10.
        default_replication_factor (int | Unset): Replication factor for autocreated topics Example: 2.
        replica_fetch_max_bytes (int | Unset): The number of bytes of messages to attempt to fetch for each partition
            (defaults to 1048576). This is not an absolute maximum, if the first record batch in the first non-empty
            partition of the fetch is larger than this value, the record batch will still be returned to ensure that
            progress can be made. Example: 2097152.
        replica_fetch_response_max_bytes (int | Unset): Maximum bytes expected for the entire fetch response (defaults
            to 10485760). Records are fetched in batches, and if the first record batch in the first non-empty partition of
            the fetch is larger than this value, the record batch will still be returned to ensure that progress can be
            made. As such, this is not an absolute maximum. Example: 20971520.
        max_connections_per_ip (int | Unset): The maximum number of connections allowed from each ip address (defaults
            to 2147483647). Example: 512.
        producer_purgatory_purge_interval_requests (int | Unset): The purge interval (in number of requests) of the
            producer request purgatory (defaults to 1000). Example: 100.
        socket_request_max_bytes (int | Unset): The maximum number of bytes in a socket request (defaults to 104857600).
            Example: 20971520.
        transaction_state_log_segment_bytes (int | Unset): The transaction topic segment bytes should be kept relatively
            small in order to facilitate faster log compaction and cache loads (defaults to 104857600 (100 mebibytes)).
            Example: 104857600.
        transaction_remove_expired_transaction_cleanup_interval_ms (int | Unset): The interval at which to remove
            transactions that have expired due to transactional.id.expiration.ms passing (defaults to 3600000 (1 hour)).
            Example: 3600000.
        schema_registry (bool | Unset): Enable creation of schema registry for the Kafka cluster. Schema_registry only
            works with General Purpose - Dedicated CPU plans. Default: False. Example: True.
    """

    compression_type: KafkaAdvancedConfigCompressionType | Unset = UNSET
    group_initial_rebalance_delay_ms: int | Unset = UNSET
    group_min_session_timeout_ms: int | Unset = UNSET
    group_max_session_timeout_ms: int | Unset = UNSET
    connections_max_idle_ms: int | Unset = UNSET
    max_incremental_fetch_session_cache_slots: int | Unset = UNSET
    message_max_bytes: int | Unset = UNSET
    offsets_retention_minutes: int | Unset = UNSET
    log_cleaner_delete_retention_ms: int | Unset = UNSET
    log_cleaner_min_cleanable_ratio: float | Unset = UNSET
    log_cleaner_max_compaction_lag_ms: int | Unset = UNSET
    log_cleaner_min_compaction_lag_ms: int | Unset = UNSET
    log_cleanup_policy: KafkaAdvancedConfigLogCleanupPolicy | Unset = UNSET
    log_flush_interval_messages: int | Unset = UNSET
    log_flush_interval_ms: int | Unset = UNSET
    log_index_interval_bytes: int | Unset = UNSET
    log_index_size_max_bytes: int | Unset = UNSET
    log_message_downconversion_enable: bool | Unset = UNSET
    log_message_timestamp_type: KafkaAdvancedConfigLogMessageTimestampType | Unset = (
        UNSET
    )
    log_message_timestamp_difference_max_ms: int | Unset = UNSET
    log_preallocate: bool | Unset = UNSET
    log_retention_bytes: int | Unset = UNSET
    log_retention_hours: int | Unset = UNSET
    log_retention_ms: int | Unset = UNSET
    log_roll_jitter_ms: int | Unset = UNSET
    log_roll_ms: int | Unset = UNSET
    log_segment_bytes: int | Unset = UNSET
    log_segment_delete_delay_ms: int | Unset = UNSET
    auto_create_topics_enable: bool | Unset = False
    min_insync_replicas: int | Unset = UNSET
    num_partitions: int | Unset = UNSET
    default_replication_factor: int | Unset = UNSET
    replica_fetch_max_bytes: int | Unset = UNSET
    replica_fetch_response_max_bytes: int | Unset = UNSET
    max_connections_per_ip: int | Unset = UNSET
    producer_purgatory_purge_interval_requests: int | Unset = UNSET
    socket_request_max_bytes: int | Unset = UNSET
    transaction_state_log_segment_bytes: int | Unset = UNSET
    transaction_remove_expired_transaction_cleanup_interval_ms: int | Unset = UNSET
    schema_registry: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compression_type: str | Unset = UNSET
        if not isinstance(self.compression_type, Unset):
            compression_type = self.compression_type.value

        group_initial_rebalance_delay_ms = self.group_initial_rebalance_delay_ms

        group_min_session_timeout_ms = self.group_min_session_timeout_ms

        group_max_session_timeout_ms = self.group_max_session_timeout_ms

        connections_max_idle_ms = self.connections_max_idle_ms

        max_incremental_fetch_session_cache_slots = (
            self.max_incremental_fetch_session_cache_slots
        )

        message_max_bytes = self.message_max_bytes

        offsets_retention_minutes = self.offsets_retention_minutes

        log_cleaner_delete_retention_ms = self.log_cleaner_delete_retention_ms

        log_cleaner_min_cleanable_ratio = self.log_cleaner_min_cleanable_ratio

        log_cleaner_max_compaction_lag_ms = self.log_cleaner_max_compaction_lag_ms

        log_cleaner_min_compaction_lag_ms = self.log_cleaner_min_compaction_lag_ms

        log_cleanup_policy: str | Unset = UNSET
        if not isinstance(self.log_cleanup_policy, Unset):
            log_cleanup_policy = self.log_cleanup_policy.value

        log_flush_interval_messages = self.log_flush_interval_messages

        log_flush_interval_ms = self.log_flush_interval_ms

        log_index_interval_bytes = self.log_index_interval_bytes

        log_index_size_max_bytes = self.log_index_size_max_bytes

        log_message_downconversion_enable = self.log_message_downconversion_enable

        log_message_timestamp_type: str | Unset = UNSET
        if not isinstance(self.log_message_timestamp_type, Unset):
            log_message_timestamp_type = self.log_message_timestamp_type.value

        log_message_timestamp_difference_max_ms = (
            self.log_message_timestamp_difference_max_ms
        )

        log_preallocate = self.log_preallocate

        log_retention_bytes = self.log_retention_bytes

        log_retention_hours = self.log_retention_hours

        log_retention_ms = self.log_retention_ms

        log_roll_jitter_ms = self.log_roll_jitter_ms

        log_roll_ms = self.log_roll_ms

        log_segment_bytes = self.log_segment_bytes

        log_segment_delete_delay_ms = self.log_segment_delete_delay_ms

        auto_create_topics_enable = self.auto_create_topics_enable

        min_insync_replicas = self.min_insync_replicas

        num_partitions = self.num_partitions

        default_replication_factor = self.default_replication_factor

        replica_fetch_max_bytes = self.replica_fetch_max_bytes

        replica_fetch_response_max_bytes = self.replica_fetch_response_max_bytes

        max_connections_per_ip = self.max_connections_per_ip

        producer_purgatory_purge_interval_requests = (
            self.producer_purgatory_purge_interval_requests
        )

        socket_request_max_bytes = self.socket_request_max_bytes

        transaction_state_log_segment_bytes = self.transaction_state_log_segment_bytes

        transaction_remove_expired_transaction_cleanup_interval_ms = (
            self.transaction_remove_expired_transaction_cleanup_interval_ms
        )

        schema_registry = self.schema_registry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compression_type is not UNSET:
            field_dict["compression_type"] = compression_type
        if group_initial_rebalance_delay_ms is not UNSET:
            field_dict["group_initial_rebalance_delay_ms"] = (
                group_initial_rebalance_delay_ms
            )
        if group_min_session_timeout_ms is not UNSET:
            field_dict["group_min_session_timeout_ms"] = group_min_session_timeout_ms
        if group_max_session_timeout_ms is not UNSET:
            field_dict["group_max_session_timeout_ms"] = group_max_session_timeout_ms
        if connections_max_idle_ms is not UNSET:
            field_dict["connections_max_idle_ms"] = connections_max_idle_ms
        if max_incremental_fetch_session_cache_slots is not UNSET:
            field_dict["max_incremental_fetch_session_cache_slots"] = (
                max_incremental_fetch_session_cache_slots
            )
        if message_max_bytes is not UNSET:
            field_dict["message_max_bytes"] = message_max_bytes
        if offsets_retention_minutes is not UNSET:
            field_dict["offsets_retention_minutes"] = offsets_retention_minutes
        if log_cleaner_delete_retention_ms is not UNSET:
            field_dict["log_cleaner_delete_retention_ms"] = (
                log_cleaner_delete_retention_ms
            )
        if log_cleaner_min_cleanable_ratio is not UNSET:
            field_dict["log_cleaner_min_cleanable_ratio"] = (
                log_cleaner_min_cleanable_ratio
            )
        if log_cleaner_max_compaction_lag_ms is not UNSET:
            field_dict["log_cleaner_max_compaction_lag_ms"] = (
                log_cleaner_max_compaction_lag_ms
            )
        if log_cleaner_min_compaction_lag_ms is not UNSET:
            field_dict["log_cleaner_min_compaction_lag_ms"] = (
                log_cleaner_min_compaction_lag_ms
            )
        if log_cleanup_policy is not UNSET:
            field_dict["log_cleanup_policy"] = log_cleanup_policy
        if log_flush_interval_messages is not UNSET:
            field_dict["log_flush_interval_messages"] = log_flush_interval_messages
        if log_flush_interval_ms is not UNSET:
            field_dict["log_flush_interval_ms"] = log_flush_interval_ms
        if log_index_interval_bytes is not UNSET:
            field_dict["log_index_interval_bytes"] = log_index_interval_bytes
        if log_index_size_max_bytes is not UNSET:
            field_dict["log_index_size_max_bytes"] = log_index_size_max_bytes
        if log_message_downconversion_enable is not UNSET:
            field_dict["log_message_downconversion_enable"] = (
                log_message_downconversion_enable
            )
        if log_message_timestamp_type is not UNSET:
            field_dict["log_message_timestamp_type"] = log_message_timestamp_type
        if log_message_timestamp_difference_max_ms is not UNSET:
            field_dict["log_message_timestamp_difference_max_ms"] = (
                log_message_timestamp_difference_max_ms
            )
        if log_preallocate is not UNSET:
            field_dict["log_preallocate"] = log_preallocate
        if log_retention_bytes is not UNSET:
            field_dict["log_retention_bytes"] = log_retention_bytes
        if log_retention_hours is not UNSET:
            field_dict["log_retention_hours"] = log_retention_hours
        if log_retention_ms is not UNSET:
            field_dict["log_retention_ms"] = log_retention_ms
        if log_roll_jitter_ms is not UNSET:
            field_dict["log_roll_jitter_ms"] = log_roll_jitter_ms
        if log_roll_ms is not UNSET:
            field_dict["log_roll_ms"] = log_roll_ms
        if log_segment_bytes is not UNSET:
            field_dict["log_segment_bytes"] = log_segment_bytes
        if log_segment_delete_delay_ms is not UNSET:
            field_dict["log_segment_delete_delay_ms"] = log_segment_delete_delay_ms
        if auto_create_topics_enable is not UNSET:
            field_dict["auto_create_topics_enable"] = auto_create_topics_enable
        if min_insync_replicas is not UNSET:
            field_dict["min_insync_replicas"] = min_insync_replicas
        if num_partitions is not UNSET:
            field_dict["num_partitions"] = num_partitions
        if default_replication_factor is not UNSET:
            field_dict["default_replication_factor"] = default_replication_factor
        if replica_fetch_max_bytes is not UNSET:
            field_dict["replica_fetch_max_bytes"] = replica_fetch_max_bytes
        if replica_fetch_response_max_bytes is not UNSET:
            field_dict["replica_fetch_response_max_bytes"] = (
                replica_fetch_response_max_bytes
            )
        if max_connections_per_ip is not UNSET:
            field_dict["max_connections_per_ip"] = max_connections_per_ip
        if producer_purgatory_purge_interval_requests is not UNSET:
            field_dict["producer_purgatory_purge_interval_requests"] = (
                producer_purgatory_purge_interval_requests
            )
        if socket_request_max_bytes is not UNSET:
            field_dict["socket_request_max_bytes"] = socket_request_max_bytes
        if transaction_state_log_segment_bytes is not UNSET:
            field_dict["transaction_state_log_segment_bytes"] = (
                transaction_state_log_segment_bytes
            )
        if transaction_remove_expired_transaction_cleanup_interval_ms is not UNSET:
            field_dict["transaction_remove_expired_transaction_cleanup_interval_ms"] = (
                transaction_remove_expired_transaction_cleanup_interval_ms
            )
        if schema_registry is not UNSET:
            field_dict["schema_registry"] = schema_registry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _compression_type = d.pop("compression_type", UNSET)
        compression_type: KafkaAdvancedConfigCompressionType | Unset
        if isinstance(_compression_type, Unset):
            compression_type = UNSET
        else:
            compression_type = KafkaAdvancedConfigCompressionType(_compression_type)

        group_initial_rebalance_delay_ms = d.pop(
            "group_initial_rebalance_delay_ms", UNSET
        )

        group_min_session_timeout_ms = d.pop("group_min_session_timeout_ms", UNSET)

        group_max_session_timeout_ms = d.pop("group_max_session_timeout_ms", UNSET)

        connections_max_idle_ms = d.pop("connections_max_idle_ms", UNSET)

        max_incremental_fetch_session_cache_slots = d.pop(
            "max_incremental_fetch_session_cache_slots", UNSET
        )

        message_max_bytes = d.pop("message_max_bytes", UNSET)

        offsets_retention_minutes = d.pop("offsets_retention_minutes", UNSET)

        log_cleaner_delete_retention_ms = d.pop(
            "log_cleaner_delete_retention_ms", UNSET
        )

        log_cleaner_min_cleanable_ratio = d.pop(
            "log_cleaner_min_cleanable_ratio", UNSET
        )

        log_cleaner_max_compaction_lag_ms = d.pop(
            "log_cleaner_max_compaction_lag_ms", UNSET
        )

        log_cleaner_min_compaction_lag_ms = d.pop(
            "log_cleaner_min_compaction_lag_ms", UNSET
        )

        _log_cleanup_policy = d.pop("log_cleanup_policy", UNSET)
        log_cleanup_policy: KafkaAdvancedConfigLogCleanupPolicy | Unset
        if isinstance(_log_cleanup_policy, Unset):
            log_cleanup_policy = UNSET
        else:
            log_cleanup_policy = KafkaAdvancedConfigLogCleanupPolicy(
                _log_cleanup_policy
            )

        log_flush_interval_messages = d.pop("log_flush_interval_messages", UNSET)

        log_flush_interval_ms = d.pop("log_flush_interval_ms", UNSET)

        log_index_interval_bytes = d.pop("log_index_interval_bytes", UNSET)

        log_index_size_max_bytes = d.pop("log_index_size_max_bytes", UNSET)

        log_message_downconversion_enable = d.pop(
            "log_message_downconversion_enable", UNSET
        )

        _log_message_timestamp_type = d.pop("log_message_timestamp_type", UNSET)
        log_message_timestamp_type: KafkaAdvancedConfigLogMessageTimestampType | Unset
        if isinstance(_log_message_timestamp_type, Unset):
            log_message_timestamp_type = UNSET
        else:
            log_message_timestamp_type = KafkaAdvancedConfigLogMessageTimestampType(
                _log_message_timestamp_type
            )

        log_message_timestamp_difference_max_ms = d.pop(
            "log_message_timestamp_difference_max_ms", UNSET
        )

        log_preallocate = d.pop("log_preallocate", UNSET)

        log_retention_bytes = d.pop("log_retention_bytes", UNSET)

        log_retention_hours = d.pop("log_retention_hours", UNSET)

        log_retention_ms = d.pop("log_retention_ms", UNSET)

        log_roll_jitter_ms = d.pop("log_roll_jitter_ms", UNSET)

        log_roll_ms = d.pop("log_roll_ms", UNSET)

        log_segment_bytes = d.pop("log_segment_bytes", UNSET)

        log_segment_delete_delay_ms = d.pop("log_segment_delete_delay_ms", UNSET)

        auto_create_topics_enable = d.pop("auto_create_topics_enable", UNSET)

        min_insync_replicas = d.pop("min_insync_replicas", UNSET)

        num_partitions = d.pop("num_partitions", UNSET)

        default_replication_factor = d.pop("default_replication_factor", UNSET)

        replica_fetch_max_bytes = d.pop("replica_fetch_max_bytes", UNSET)

        replica_fetch_response_max_bytes = d.pop(
            "replica_fetch_response_max_bytes", UNSET
        )

        max_connections_per_ip = d.pop("max_connections_per_ip", UNSET)

        producer_purgatory_purge_interval_requests = d.pop(
            "producer_purgatory_purge_interval_requests", UNSET
        )

        socket_request_max_bytes = d.pop("socket_request_max_bytes", UNSET)

        transaction_state_log_segment_bytes = d.pop(
            "transaction_state_log_segment_bytes", UNSET
        )

        transaction_remove_expired_transaction_cleanup_interval_ms = d.pop(
            "transaction_remove_expired_transaction_cleanup_interval_ms", UNSET
        )

        schema_registry = d.pop("schema_registry", UNSET)

        kafka_advanced_config = cls(
            compression_type=compression_type,
            group_initial_rebalance_delay_ms=group_initial_rebalance_delay_ms,
            group_min_session_timeout_ms=group_min_session_timeout_ms,
            group_max_session_timeout_ms=group_max_session_timeout_ms,
            connections_max_idle_ms=connections_max_idle_ms,
            max_incremental_fetch_session_cache_slots=max_incremental_fetch_session_cache_slots,
            message_max_bytes=message_max_bytes,
            offsets_retention_minutes=offsets_retention_minutes,
            log_cleaner_delete_retention_ms=log_cleaner_delete_retention_ms,
            log_cleaner_min_cleanable_ratio=log_cleaner_min_cleanable_ratio,
            log_cleaner_max_compaction_lag_ms=log_cleaner_max_compaction_lag_ms,
            log_cleaner_min_compaction_lag_ms=log_cleaner_min_compaction_lag_ms,
            log_cleanup_policy=log_cleanup_policy,
            log_flush_interval_messages=log_flush_interval_messages,
            log_flush_interval_ms=log_flush_interval_ms,
            log_index_interval_bytes=log_index_interval_bytes,
            log_index_size_max_bytes=log_index_size_max_bytes,
            log_message_downconversion_enable=log_message_downconversion_enable,
            log_message_timestamp_type=log_message_timestamp_type,
            log_message_timestamp_difference_max_ms=log_message_timestamp_difference_max_ms,
            log_preallocate=log_preallocate,
            log_retention_bytes=log_retention_bytes,
            log_retention_hours=log_retention_hours,
            log_retention_ms=log_retention_ms,
            log_roll_jitter_ms=log_roll_jitter_ms,
            log_roll_ms=log_roll_ms,
            log_segment_bytes=log_segment_bytes,
            log_segment_delete_delay_ms=log_segment_delete_delay_ms,
            auto_create_topics_enable=auto_create_topics_enable,
            min_insync_replicas=min_insync_replicas,
            num_partitions=num_partitions,
            default_replication_factor=default_replication_factor,
            replica_fetch_max_bytes=replica_fetch_max_bytes,
            replica_fetch_response_max_bytes=replica_fetch_response_max_bytes,
            max_connections_per_ip=max_connections_per_ip,
            producer_purgatory_purge_interval_requests=producer_purgatory_purge_interval_requests,
            socket_request_max_bytes=socket_request_max_bytes,
            transaction_state_log_segment_bytes=transaction_state_log_segment_bytes,
            transaction_remove_expired_transaction_cleanup_interval_ms=transaction_remove_expired_transaction_cleanup_interval_ms,
            schema_registry=schema_registry,
        )

        kafka_advanced_config.additional_properties = d
        return kafka_advanced_config

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
