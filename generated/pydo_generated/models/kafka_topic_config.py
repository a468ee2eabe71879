from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kafka_topic_config_cleanup_policy import KafkaTopicConfigCleanupPolicy
from ..models.kafka_topic_config_compression_type import KafkaTopicConfigCompressionType
from ..models.kafka_topic_config_message_format_version import (
    KafkaTopicConfigMessageFormatVersion,
)
from ..models.kafka_topic_config_message_timestamp_type import (
    KafkaTopicConfigMessageTimestampType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KafkaTopicConfig")


@_attrs_define
class KafkaTopicConfig:
    """
    Attributes:
        cleanup_policy (KafkaTopicConfigCleanupPolicy | Unset): The cleanup_policy sets the retention policy to use on
            log segments. 'delete' will discard old segments when retention time/size limits are reached. 'compact' will
            enable log compaction, resulting in retention of the latest value for each key. Default:
            KafkaTopicConfigCleanupPolicy.DELETE. Example: delete.
        compression_type (KafkaTopicConfigCompressionType | Unset): The compression_type specifies the compression type
            of the topic. Default: KafkaTopicConfigCompressionType.PRODUCER. Example: producer.
        delete_retention_ms (int | Unset): The delete_retention_ms specifies how long (in ms) to retain delete tombstone
            markers for topics. Default: 86400000. Example: 86400000.
        file_delete_delay_ms (int | Unset): The file_delete_delay_ms specifies the time (in ms) to wait before deleting
            a file from the filesystem. Default: 60000. Example: 60000.
        flush_messages (int | Unset): The flush_messages specifies the number of messages to accumulate on a log
            partition before messages are flushed to disk. Default: 9223372036854776000. Example: 9223372036854776000.
        flush_ms (int | Unset): The flush_ms specifies the maximum time (in ms) that a message is kept in memory before
            being flushed to disk. Default: 9223372036854776000. Example: 9223372036854776000.
        index_interval_bytes (int | Unset): The index_interval_bytes specifies the number of bytes between entries being
            added into te offset index. Default: 4096. Example: 4096.
        max_compaction_lag_ms (int | Unset): The max_compaction_lag_ms specifies the maximum amount of time (in ms) that
            a message will remain uncompacted. This is only applicable if the logs are have compaction enabled. Default:
            9223372036854776000. Example: 9223372036854776000.
        max_message_bytes (int | Unset): The max_messages_bytes specifies the largest record batch size (in bytes) that
            can be sent to the server.  This is calculated after compression if compression is enabled. Default: 1048588.
            Example: 1048588.
        message_down_conversion_enable (bool | Unset): The message_down_conversion_enable specifies whether down-
            conversion of message formats is enabled to satisfy consumer requests. When 'false', the broker will not perform
            conversion for consumers expecting older message formats. The broker will respond with an `UNSUPPORTED_VERSION`
            error for consume requests from these older clients. Default: True. Example: True.
        message_format_version (KafkaTopicConfigMessageFormatVersion | Unset): The message_format_version specifies the
            message format version used by the broker to append messages to the logs. The value of this setting is assumed
            to be 3.0-IV1 if the broker protocol version is 3.0 or higher. By setting a  particular message format version,
            all existing messages on disk must be smaller or equal to the specified version. Default:
            KafkaTopicConfigMessageFormatVersion.VALUE_34. Example: 3.0-IV1.
        message_timestamp_type (KafkaTopicConfigMessageTimestampType | Unset): The message_timestamp_type specifies
            whether to use the message create time or log append time as the timestamp on a message. Default:
            KafkaTopicConfigMessageTimestampType.CREATE_TIME. Example: create_time.
        min_cleanable_dirty_ratio (float | Unset): The min_cleanable_dirty_ratio specifies the frequency of log
            compaction (if enabled) in relation to duplicates present in the logs. For example, at 0.5, at most 50% of the
            log could be duplicates before compaction would begin. Default: 0.5. Example: 0.5.
        min_compaction_lag_ms (int | Unset): The min_compaction_lag_ms specifies the minimum time (in ms) that a message
            will remain uncompacted in the log. Only relevant if log compaction is enabled. Default: 0. Example: 0.
        min_insync_replicas (int | Unset): The min_insync_replicas specifies the number of replicas that must ACK a
            write for the write to be considered successful. Default: 1. Example: 1.
        preallocate (bool | Unset): The preallocate specifies whether a file should be preallocated on disk when
            creating a new log segment. Default: False. Example: False.
        retention_bytes (int | Unset): The retention_bytes specifies the maximum size of the log (in bytes) before
            deleting messages. -1 indicates that there is no limit. Default: -1. Example: 1000000.
        retention_ms (int | Unset): The retention_ms specifies the maximum amount of time (in ms) to keep a message
            before deleting it. Default: 604800000. Example: 604800000.
        segment_bytes (int | Unset): The segment_bytes specifies the maximum size of a single log file (in bytes).
            Default: 209715200. Example: 209715200.
        segment_jitter_ms (int | Unset): The segment_jitter_ms specifies the maximum random jitter subtracted from the
            scheduled segment roll time to avoid thundering herds of segment rolling. Default: 0. Example: 0.
        segment_ms (int | Unset): The segment_ms specifies the period of time after which the log will be forced to roll
            if the segment file isn't full. This ensures that retention can delete or compact old data. Default: 604800000.
            Example: 604800000.
    """

    cleanup_policy: KafkaTopicConfigCleanupPolicy | Unset = (
        KafkaTopicConfigCleanupPolicy.DELETE
    )
    compression_type: KafkaTopicConfigCompressionType | Unset = (
        KafkaTopicConfigCompressionType.PRODUCER
    )
    delete_retention_ms: int | Unset = 86400000
    file_delete_delay_ms: int | Unset = 60000
    flush_messages: int | Unset = 9223372036854776000
    flush_ms: int | Unset = 9223372036854776000
    index_interval_bytes: int | Unset = 4096
    max_compaction_lag_ms: int | Unset = 9223372036854776000
    max_message_bytes: int | Unset = 1048588
    message_down_conversion_enable: bool | Unset = True
    message_format_version: KafkaTopicConfigMessageFormatVersion | Unset = (
        KafkaTopicConfigMessageFormatVersion.VALUE_34
    )
    message_timestamp_type: KafkaTopicConfigMessageTimestampType | Unset = (
        KafkaTopicConfigMessageTimestampType.CREATE_TIME
    )
    min_cleanable_dirty_ratio: float | Unset = 0.5
    min_compaction_lag_ms: int | Unset = 0
    min_insync_replicas: int | Unset = 1
    preallocate: bool | Unset = False
    retention_bytes: int | Unset = -1
    retention_ms: int | Unset = 604800000
    segment_bytes: int | Unset = 209715200
    segment_jitter_ms: int | Unset = 0
    segment_ms: int | Unset = 604800000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cleanup_policy: str | Unset = UNSET
        if not isinstance(self.cleanup_policy, Unset):
            cleanup_policy = self.cleanup_policy.value

        compression_type: str | Unset = UNSET
        if not isinstance(self.compression_type, Unset):
            compression_type = self.compression_type.value

        delete_retention_ms = self.delete_retention_ms

        file_delete_delay_ms = self.file_delete_delay_ms

        flush_messages = self.flush_messages

        flush_ms = self.flush_ms

        index_interval_bytes = self.index_interval_bytes

        max_compaction_lag_ms = self.max_compaction_lag_ms

        max_message_bytes = self.max_message_bytes

        message_down_conversion_enable = self.message_down_conversion_enable

        message_format_version: str | Unset = UNSET
        if not isinstance(self.message_format_version, Unset):
            message_format_version = self.message_format_version.value

        message_timestamp_type: str | Unset = UNSET
        if not isinstance(self.message_timestamp_type, Unset):
            message_timestamp_type = self.message_timestamp_type.value

        min_cleanable_dirty_ratio = self.min_cleanable_dirty_ratio

        min_compaction_lag_ms = self.min_compaction_lag_ms

        min_insync_replicas = self.min_insync_replicas

        preallocate = self.preallocate

        retention_bytes = self.retention_bytes

        retention_ms = self.retention_ms

        segment_bytes = self.segment_bytes

        segment_jitter_ms = self.segment_jitter_ms

        segment_ms = self.segment_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cleanup_policy is not UNSET:
            field_dict["cleanup_policy"] = cleanup_policy
        if compression_type is not UNSET:
            field_dict["compression_type"] = compression_type
        if delete_retention_ms is not UNSET:
            field_dict["delete_retention_ms"] = delete_retention_ms
        if file_delete_delay_ms is not UNSET:
            field_dict["file_delete_delay_ms"] = file_delete_delay_ms
        if flush_messages is not UNSET:
            field_dict["flush_messages"] = flush_messages
        if flush_ms is not UNSET:
            field_dict["flush_ms"] = flush_ms
        if index_interval_bytes is not UNSET:
            field_dict["index_interval_bytes"] = index_interval_bytes
        if max_compaction_lag_ms is not UNSET:
            field_dict["max_compaction_lag_ms"] = max_compaction_lag_ms
        if max_message_bytes is not UNSET:
            field_dict["max_message_bytes"] = max_message_bytes
        if message_down_conversion_enable is not UNSET:
            field_dict["message_down_conversion_enable"] = (
                message_down_conversion_enable
            )
        if message_format_version is not UNSET:
            field_dict["message_format_version"] = message_format_version
        if message_timestamp_type is not UNSET:
            field_dict["message_timestamp_type"] = message_timestamp_type
        if min_cleanable_dirty_ratio is not UNSET:
            field_dict["min_cleanable_dirty_ratio"] = min_cleanable_dirty_ratio
        if min_compaction_lag_ms is not UNSET:
            field_dict["min_compaction_lag_ms"] = min_compaction_lag_ms
        if min_insync_replicas is not UNSET:
            field_dict["min_insync_replicas"] = min_insync_replicas
        if preallocate is not UNSET:
            field_dict["preallocate"] = preallocate
        if retention_bytes is not UNSET:
            field_dict["retention_bytes"] = retention_bytes
        if retention_ms is not UNSET:
            field_dict["retention_ms"] = retention_ms
        if segment_bytes is not UNSET:
            field_dict["segment_bytes"] = segment_bytes
        if segment_jitter_ms is not UNSET:
            field_dict["segment_jitter_ms"] = segment_jitter_ms
        if segment_ms is not UNSET:
            field_dict["segment_ms"] = segment_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _cleanup_policy = d.pop("cleanup_policy", UNSET)
        cleanup_policy: KafkaTopicConfigCleanupPolicy | Unset
        if isinstance(_cleanup_policy, Unset):
            cleanup_policy = UNSET
        else:
            cleanup_policy = KafkaTopicConfigCleanupPolicy(_cleanup_policy)

        _compression_type = d.pop("compression_type", UNSET)
        compression_type: KafkaTopicConfigCompressionType | Unset
        if isinstance(_compression_type, Unset):
            compression_type = UNSET
        else:
            compression_type = KafkaTopicConfigCompressionType(_compression_type)

        delete_retention_ms = d.pop("delete_retention_ms", UNSET)

        file_delete_delay_ms = d.pop("file_delete_delay_ms", UNSET)

        flush_messages = d.pop("flush_messages", UNSET)

        flush_ms = d.pop("flush_ms", UNSET)

        index_interval_bytes = d.pop("index_interval_bytes", UNSET)

        max_compaction_lag_ms = d.pop("max_compaction_lag_ms", UNSET)

        max_message_bytes = d.pop("max_message_bytes", UNSET)

        message_down_conversion_enable = d.pop("message_down_conversion_enable", UNSET)

        _message_format_version = d.pop("message_format_version", UNSET)
        message_format_version: KafkaTopicConfigMessageFormatVersion | Unset
        if isinstance(_message_format_version, Unset):
            message_format_version = UNSET
        else:
            message_format_version = KafkaTopicConfigMessageFormatVersion(
                _message_format_version
            )

        _message_timestamp_type = d.pop("message_timestamp_type", UNSET)
        message_timestamp_type: KafkaTopicConfigMessageTimestampType | Unset
        if isinstance(_message_timestamp_type, Unset):
            message_timestamp_type = UNSET
        else:
            message_timestamp_type = KafkaTopicConfigMessageTimestampType(
                _message_timestamp_type
            )

        min_cleanable_dirty_ratio = d.pop("min_cleanable_dirty_ratio", UNSET)

        min_compaction_lag_ms = d.pop("min_compaction_lag_ms", UNSET)

        min_insync_replicas = d.pop("min_insync_replicas", UNSET)

        preallocate = d.pop("preallocate", UNSET)

        retention_bytes = d.pop("retention_bytes", UNSET)

        retention_ms = d.pop("retention_ms", UNSET)

        segment_bytes = d.pop("segment_bytes", UNSET)

        segment_jitter_ms = d.pop("segment_jitter_ms", UNSET)

        segment_ms = d.pop("segment_ms", UNSET)

        kafka_topic_config = cls(
            cleanup_policy=cleanup_policy,
            compression_type=compression_type,
            delete_retention_ms=delete_retention_ms,
            file_delete_delay_ms=file_delete_delay_ms,
            flush_messages=flush_messages,
            flush_ms=flush_ms,
            index_interval_bytes=index_interval_bytes,
            max_compaction_lag_ms=max_compaction_lag_ms,
            max_message_bytes=max_message_bytes,
            message_down_conversion_enable=message_down_conversion_enable,
            message_format_version=message_format_version,
            message_timestamp_type=message_timestamp_type,
            min_cleanable_dirty_ratio=min_cleanable_dirty_ratio,
            min_compaction_lag_ms=min_compaction_lag_ms,
            min_insync_replicas=min_insync_replicas,
            preallocate=preallocate,
            retention_bytes=retention_bytes,
            retention_ms=retention_ms,
            segment_bytes=segment_bytes,
            segment_jitter_ms=segment_jitter_ms,
            segment_ms=segment_ms,
        )

        kafka_topic_config.additional_properties = d
        return kafka_topic_config

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
