from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpensearchAdvancedConfig")


@_attrs_define
class OpensearchAdvancedConfig:
    """
    Attributes:
        http_max_content_length_bytes (int | Unset): Maximum content length for HTTP requests to the OpenSearch HTTP
            API, in bytes. Default: 100000000. Example: 100000000.
        http_max_header_size_bytes (int | Unset): Maximum size of allowed headers, in bytes. Default: 8192. Example:
            8192.
        http_max_initial_line_length_bytes (int | Unset): Maximum length of an HTTP URL, in bytes. Default: 4096.
            Example: 4096.
        indices_query_bool_max_clause_count (int | Unset): Maximum number of clauses Lucene BooleanQuery can have.  Only
            increase it if necessary, as it may cause performance issues. Default: 1024. Example: 1024.
        indices_fielddata_cache_size_percentage (int | Unset): Maximum amount of heap memory used for field data cache,
            expressed as a percentage. Decreasing the value too much will increase overhead of loading field data.
            Increasing the value too much will decrease amount of heap available for other operations. Example: 3.
        indices_memory_index_buffer_size_percentage (int | Unset): Total amount of heap used for indexing buffer before
            writing segments to disk, expressed as a percentage. Too low value will slow down indexing; too high value will
            increase indexing performance but causes performance issues for query performance. Default: 10. Example: 10.
        indices_memory_min_index_buffer_size_mb (int | Unset): Minimum amount of heap used for indexing buffer before
            writing segments to disk, in mb. Works in conjunction with indices_memory_index_buffer_size_percentage, each
            being enforced. Default: 48. Example: 48.
        indices_memory_max_index_buffer_size_mb (int | Unset): Maximum amount of heap used for indexing buffer before
            writing segments to disk, in mb. Works in conjunction with indices_memory_index_buffer_size_percentage, each
            being enforced. The default is unbounded. Example: 48.
        indices_queries_cache_size_percentage (int | Unset): Maximum amount of heap used for query cache.  Too low value
            will decrease query performance and increase performance for other operations; too high value will cause issues
            with other functionality. Default: 10. Example: 10.
        indices_recovery_max_mb_per_sec (int | Unset): Limits total inbound and outbound recovery traffic for each node,
            expressed in mb per second. Applies to both peer recoveries as well as snapshot recoveries (i.e., restores from
            a snapshot). Default: 40. Example: 40.
        indices_recovery_max_concurrent_file_chunks (int | Unset): Maximum number of file chunks sent in parallel for
            each recovery. Default: 2. Example: 2.
        thread_pool_search_size (int | Unset): Number of workers in the search operation thread pool.  Do note this may
            have maximum value depending on CPU count - value is automatically lowered if set to higher than maximum value.
            Example: 1.
        thread_pool_search_throttled_size (int | Unset): Number of workers in the search throttled operation thread
            pool. This pool is used for searching frozen indices. Do note this may have maximum value depending on CPU count
            - value is automatically lowered if set to higher than maximum value. Example: 1.
        thread_pool_get_size (int | Unset): Number of workers in the get operation thread pool.  Do note this may have
            maximum value depending on CPU count - value is automatically lowered if set to higher than maximum value.
            Example: 1.
        thread_pool_analyze_size (int | Unset): Number of workers in the analyze operation thread pool.  Do note this
            may have maximum value depending on CPU count - value is automatically lowered if set to higher than maximum
            value. Example: 1.
        thread_pool_write_size (int | Unset): Number of workers in the write operation thread pool.  Do note this may
            have maximum value depending on CPU count - value is automatically lowered if set to higher than maximum value.
            Example: 1.
        thread_pool_force_merge_size (int | Unset): Number of workers in the force merge operation thread pool. This
            pool is used for forcing a merge between shards of one or more indices. Do note this may have maximum value
            depending on CPU count - value is automatically lowered if set to higher than maximum value. Example: 1.
        thread_pool_search_queue_size (int | Unset): Size of queue for operations in the search thread pool. Example:
            10.
        thread_pool_search_throttled_queue_size (int | Unset): Size of queue for operations in the search throttled
            thread pool. Example: 10.
        thread_pool_get_queue_size (int | Unset): Size of queue for operations in the get thread pool. Example: 10.
        thread_pool_analyze_queue_size (int | Unset): Size of queue for operations in the analyze thread pool. Example:
            10.
        thread_pool_write_queue_size (int | Unset): Size of queue for operations in the write thread pool. Example: 10.
        ism_enabled (bool | Unset): Specifies whether ISM is enabled or not. Default: True. Example: True.
        ism_history_enabled (bool | Unset): Specifies whether audit history is enabled or not. The logs from ISM are
            automatically indexed to a logs document. Default: True. Example: True.
        ism_history_max_age_hours (int | Unset): Maximum age before rolling over the audit history index, in hours.
            Default: 24. Example: 24.
        ism_history_max_docs (int | Unset): Maximum number of documents before rolling over the audit history index.
            Default: 2500000. Example: 2500000.
        ism_history_rollover_check_period_hours (int | Unset): The time between rollover checks for the audit history
            index, in hours. Default: 8. Example: 8.
        ism_history_rollover_retention_period_days (int | Unset): Length of time long audit history indices are kept, in
            days. Default: 30. Example: 30.
        search_max_buckets (int | Unset): Maximum number of aggregation buckets allowed in a single response. Default:
            10000. Example: 10000.
        action_auto_create_index_enabled (bool | Unset): Specifices whether to allow automatic creation of indices.
            Default: True. Example: True.
        enable_security_audit (bool | Unset): Specifies whether to allow security audit logging. Default: False.
            Example: False.
        action_destructive_requires_name (bool | Unset): Specifies whether to require explicit index names when deleting
            indices. Example: False.
        cluster_max_shards_per_node (int | Unset): Maximum number of shards allowed per data node. Example: 100.
        override_main_response_version (bool | Unset): Compatibility mode sets OpenSearch to report its version as 7.10
            so clients continue to work. Default: False. Example: False.
        script_max_compilations_rate (str | Unset): Limits the number of inline script compilations within a period of
            time. Default is use-context Default: 'use-context'. Example: 75/5m.
        cluster_routing_allocation_node_concurrent_recoveries (int | Unset): Maximum concurrent incoming/outgoing shard
            recoveries (normally replicas) are allowed to happen per node . Default: 2. Example: 2.
        reindex_remote_whitelist (list[str] | Unset): Allowlist of remote IP addresses for reindexing. Changing this
            value will cause all OpenSearch instances to restart. Example: ['255.255.223.233:9200', '222.33.222.222:6300'].
        plugins_alerting_filter_by_backend_roles_enabled (bool | Unset): Enable or disable filtering of alerting by
            backend roles. Default: False. Example: False.
        knn_memory_circuit_breaker_enabled (bool | Unset): Enable or disable KNN memory circuit breaker. Default: True.
            Example: True.
        knn_memory_circuit_breaker_limit (int | Unset): Maximum amount of memory in percentage that can be used for the
            KNN index. Defaults to 50% of the JVM heap size.  0 is used to set it to null which can be used to invalidate
            caches. Default: 50. Example: 60.
        keep_index_refresh_interval (bool | Unset): DigitalOcean automatically resets the `index.refresh_interval` to
            the default value (once per second) to  ensure that new documents are quickly available for search queries. If
            you are setting your own refresh intervals,  you can disable this by setting this field to true. Default: False.
            Example: True.
    """

    http_max_content_length_bytes: int | Unset = 100000000
    http_max_header_size_bytes: int | Unset = 8192
    http_max_initial_line_length_bytes: int | Unset = 4096
    indices_query_bool_max_clause_count: int | Unset = 1024
    indices_fielddata_cache_size_percentage: int | Unset = UNSET
    indices_memory_index_buffer_size_percentage: int | Unset = 10
    indices_memory_min_index_buffer_size_mb: int | Unset = 48
    indices_memory_max_index_buffer_size_mb: int | Unset = UNSET
    indices_queries_cache_size_percentage: int | Unset = 10
    indices_recovery_max_mb_per_sec: int | Unset = 40
    indices_recovery_max_concurrent_file_chunks: int | Unset = 2
    thread_pool_search_size: int | Unset = UNSET
    thread_pool_search_throttled_size: int | Unset = UNSET
    thread_pool_get_size: int | Unset = UNSET
    thread_pool_analyze_size: int | Unset = UNSET
    thread_pool_write_size: int | Unset = UNSET
    thread_pool_force_merge_size: int | Unset = UNSET
    thread_pool_search_queue_size: int | Unset = UNSET
    thread_pool_search_throttled_queue_size: int | Unset = UNSET
    thread_pool_get_queue_size: int | Unset = UNSET
    thread_pool_analyze_queue_size: int | Unset = UNSET
    thread_pool_write_queue_size: int | Unset = UNSET
    ism_enabled: bool | Unset = True
    ism_history_enabled: bool | Unset = True
    ism_history_max_age_hours: int | Unset = 24
    ism_history_max_docs: int | Unset = 2500000
    ism_history_rollover_check_period_hours: int | Unset = 8
    ism_history_rollover_retention_period_days: int | Unset = 30
    search_max_buckets: int | Unset = 10000
    action_auto_create_index_enabled: bool | Unset = True
    enable_security_audit: bool | Unset = False
    action_destructive_requires_name: bool | Unset = UNSET
    cluster_max_shards_per_node: int | Unset = UNSET
    override_main_response_version: bool | Unset = False
    script_max_compilations_rate: str | Unset = "use-context"
    cluster_routing_allocation_node_concurrent_recoveries: int | Unset = 2
    reindex_remote_whitelist: list[str] | Unset = UNSET
    plugins_alerting_filter_by_backend_roles_enabled: bool | Unset = False
    knn_memory_circuit_breaker_enabled: bool | Unset = True
    knn_memory_circuit_breaker_limit: int | Unset = 50
    keep_index_refresh_interval: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_max_content_length_bytes = self.http_max_content_length_bytes

        http_max_header_size_bytes = self.http_max_header_size_bytes

        http_max_initial_line_length_bytes = self.http_max_initial_line_length_bytes

        indices_query_bool_max_clause_count = self.indices_query_bool_max_clause_count

        indices_fielddata_cache_size_percentage = (
            self.indices_fielddata_cache_size_percentage
        )

        indices_memory_index_buffer_size_percentage = (
            self.indices_memory_index_buffer_size_percentage
        )

        indices_memory_min_index_buffer_size_mb = (
            self.indices_memory_min_index_buffer_size_mb
        )

        indices_memory_max_index_buffer_size_mb = (
            self.indices_memory_max_index_buffer_size_mb
        )

        indices_queries_cache_size_percentage = (
            self.indices_queries_cache_size_percentage
        )

        indices_recovery_max_mb_per_sec = self.indices_recovery_max_mb_per_sec

        indices_recovery_max_concurrent_file_chunks = (
            self.indices_recovery_max_concurrent_file_chunks
        )

        thread_pool_search_size = self.thread_pool_search_size

        thread_pool_search_throttled_size = self.thread_pool_search_throttled_size

        thread_pool_get_size = self.thread_pool_get_size

        thread_pool_analyze_size = self.thread_pool_analyze_size

        thread_pool_write_size = self.thread_pool_write_size

        thread_pool_force_merge_size = self.thread_pool_force_merge_size

        thread_pool_search_queue_size = self.thread_pool_search_queue_size

        thread_pool_search_throttled_queue_size = (
            self.thread_pool_search_throttled_queue_size
        )

        thread_pool_get_queue_size = self.thread_pool_get_queue_size

        thread_pool_analyze_queue_size = self.thread_pool_analyze_queue_size

        thread_pool_write_queue_size = self.thread_pool_write_queue_size

        ism_enabled = self.ism_enabled

        ism_history_enabled = self.ism_history_enabled

        ism_history_max_age_hours = self.ism_history_max_age_hours

        ism_history_max_docs = self.ism_history_max_docs

        ism_history_rollover_check_period_hours = (
            self.ism_history_rollover_check_period_hours
        )

        ism_history_rollover_retention_period_days = (
            self.ism_history_rollover_retention_period_days
        )

        search_max_buckets = self.search_max_buckets

        action_auto_create_index_enabled = self.action_auto_create_index_enabled

        enable_security_audit = self.enable_security_audit

        action_destructive_requires_name = self.action_destructive_requires_name

        cluster_max_shards_per_node = self.cluster_max_shards_per_node

        override_main_response_version = self.override_main_response_version

        script_max_compilations_rate = self.script_max_compilations_rate

        cluster_routing_allocation_node_concurrent_recoveries = (
            self.cluster_routing_allocation_node_concurrent_recoveries
        )

        reindex_remote_whitelist: list[str] | Unset = UNSET
        if not isinstance(self.reindex_remote_whitelist, Unset):
            reindex_remote_whitelist = self.reindex_remote_whitelist

        plugins_alerting_filter_by_backend_roles_enabled = (
            self.plugins_alerting_filter_by_backend_roles_enabled
        )

        knn_memory_circuit_breaker_enabled = self.knn_memory_circuit_breaker_enabled

        knn_memory_circuit_breaker_limit = self.knn_memory_circuit_breaker_limit

        keep_index_refresh_interval = self.keep_index_refresh_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_max_content_length_bytes is not UNSET:
            field_dict["http_max_content_length_bytes"] = http_max_content_length_bytes
        if http_max_header_size_bytes is not UNSET:
            field_dict["http_max_header_size_bytes"] = http_max_header_size_bytes
        if http_max_initial_line_length_bytes is not UNSET:
            field_dict["http_max_initial_line_length_bytes"] = (
                http_max_initial_line_length_bytes
            )
        if indices_query_bool_max_clause_count is not UNSET:
            field_dict["indices_query_bool_max_clause_count"] = (
                indices_query_bool_max_clause_count
            )
        if indices_fielddata_cache_size_percentage is not UNSET:
            field_dict["indices_fielddata_cache_size_percentage"] = (
                indices_fielddata_cache_size_percentage
            )
        if indices_memory_index_buffer_size_percentage is not UNSET:
            field_dict["indices_memory_index_buffer_size_percentage"] = (
                indices_memory_index_buffer_size_percentage
            )
        if indices_memory_min_index_buffer_size_mb is not UNSET:
            field_dict["indices_memory_min_index_buffer_size_mb"] = (
                indices_memory_min_index_buffer_size_mb
            )
        if indices_memory_max_index_buffer_size_mb is not UNSET:
            field_dict["indices_memory_max_index_buffer_size_mb"] = (
                indices_memory_max_index_buffer_size_mb
            )
        if indices_queries_cache_size_percentage is not UNSET:
            field_dict["indices_queries_cache_size_percentage"] = (
                indices_queries_cache_size_percentage
            )
        if indices_recovery_max_mb_per_sec is not UNSET:
            field_dict["indices_recovery_max_mb_per_sec"] = (
                indices_recovery_max_mb_per_sec
            )
        if indices_recovery_max_concurrent_file_chunks is not UNSET:
            field_dict["indices_recovery_max_concurrent_file_chunks"] = (
                indices_recovery_max_concurrent_file_chunks
            )
        if thread_pool_search_size is not UNSET:
            field_dict["thread_pool_search_size"] = thread_pool_search_size
        if thread_pool_search_throttled_size is not UNSET:
            field_dict["thread_pool_search_throttled_size"] = (
                thread_pool_search_throttled_size
            )
        if thread_pool_get_size is not UNSET:
            field_dict["thread_pool_get_size"] = thread_pool_get_size
        if thread_pool_analyze_size is not UNSET:
            field_dict["thread_pool_analyze_size"] = thread_pool_analyze_size
        if thread_pool_write_size is not UNSET:
            field_dict["thread_pool_write_size"] = thread_pool_write_size
        if thread_pool_force_merge_size is not UNSET:
            field_dict["thread_pool_force_merge_size"] = thread_pool_force_merge_size
        if thread_pool_search_queue_size is not UNSET:
            field_dict["thread_pool_search_queue_size"] = thread_pool_search_queue_size
        if thread_pool_search_throttled_queue_size is not UNSET:
            field_dict["thread_pool_search_throttled_queue_size"] = (
                thread_pool_search_throttled_queue_size
            )
        if thread_pool_get_queue_size is not UNSET:
            field_dict["thread_pool_get_queue_size"] = thread_pool_get_queue_size
        if thread_pool_analyze_queue_size is not UNSET:
            field_dict["thread_pool_analyze_queue_size"] = (
                thread_pool_analyze_queue_size
            )
        if thread_pool_write_queue_size is not UNSET:
            field_dict["thread_pool_write_queue_size"] = thread_pool_write_queue_size
        if ism_enabled is not UNSET:
            field_dict["ism_enabled"] = ism_enabled
        if ism_history_enabled is not UNSET:
            field_dict["ism_history_enabled"] = ism_history_enabled
        if ism_history_max_age_hours is not UNSET:
            field_dict["ism_history_max_age_hours"] = ism_history_max_age_hours
        if ism_history_max_docs is not UNSET:
            field_dict["ism_history_max_docs"] = ism_history_max_docs
        if ism_history_rollover_check_period_hours is not UNSET:
            field_dict["ism_history_rollover_check_period_hours"] = (
                ism_history_rollover_check_period_hours
            )
        if ism_history_rollover_retention_period_days is not UNSET:
            field_dict["ism_history_rollover_retention_period_days"] = (
                ism_history_rollover_retention_period_days
            )
        if search_max_buckets is not UNSET:
            field_dict["search_max_buckets"] = search_max_buckets
        if action_auto_create_index_enabled is not UNSET:
            field_dict["action_auto_create_index_enabled"] = (
                action_auto_create_index_enabled
            )
        if enable_security_audit is not UNSET:
            field_dict["enable_security_audit"] = enable_security_audit
        if action_destructive_requires_name is not UNSET:
            field_dict["action_destructive_requires_name"] = (
                action_destructive_requires_name
            )
        if cluster_max_shards_per_node is not UNSET:
            field_dict["cluster_max_shards_per_node"] = cluster_max_shards_per_node
        if override_main_response_version is not UNSET:
            field_dict["override_main_response_version"] = (
                override_main_response_version
            )
        if script_max_compilations_rate is not UNSET:
            field_dict["script_max_compilations_rate"] = script_max_compilations_rate
        if cluster_routing_allocation_node_concurrent_recoveries is not UNSET:
            field_dict["cluster_routing_allocation_node_concurrent_recoveries"] = (
                cluster_routing_allocation_node_concurrent_recoveries
            )
        if reindex_remote_whitelist is not UNSET:
            field_dict["reindex_remote_whitelist"] = reindex_remote_whitelist
        if plugins_alerting_filter_by_backend_roles_enabled is not UNSET:
            field_dict["plugins_alerting_filter_by_backend_roles_enabled"] = (
                plugins_alerting_filter_by_backend_roles_enabled
            )
        if knn_memory_circuit_breaker_enabled is not UNSET:
            field_dict["knn_memory_circuit_breaker_enabled"] = (
                knn_memory_circuit_breaker_enabled
            )
        if knn_memory_circuit_breaker_limit is not UNSET:
            field_dict["knn_memory_circuit_breaker_limit"] = (
                knn_memory_circuit_breaker_limit
            )
        if keep_index_refresh_interval is not UNSET:
            field_dict["keep_index_refresh_interval"] = keep_index_refresh_interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        http_max_content_length_bytes = d.pop("http_max_content_length_bytes", UNSET)

        http_max_header_size_bytes = d.pop("http_max_header_size_bytes", UNSET)

        http_max_initial_line_length_bytes = d.pop(
            "http_max_initial_line_length_bytes", UNSET
        )

        indices_query_bool_max_clause_count = d.pop(
            "indices_query_bool_max_clause_count", UNSET
        )

        indices_fielddata_cache_size_percentage = d.pop(
            "indices_fielddata_cache_size_percentage", UNSET
        )

        indices_memory_index_buffer_size_percentage = d.pop(
            "indices_memory_index_buffer_size_percentage", UNSET
        )

        indices_memory_min_index_buffer_size_mb = d.pop(
            "indices_memory_min_index_buffer_size_mb", UNSET
        )

        indices_memory_max_index_buffer_size_mb = d.pop(
            "indices_memory_max_index_buffer_size_mb", UNSET
        )

        indices_queries_cache_size_percentage = d.pop(
            "indices_queries_cache_size_percentage", UNSET
        )

        indices_recovery_max_mb_per_sec = d.pop(
            "indices_recovery_max_mb_per_sec", UNSET
        )

        indices_recovery_max_concurrent_file_chunks = d.pop(
            "indices_recovery_max_concurrent_file_chunks", UNSET
        )

        thread_pool_search_size = d.pop("thread_pool_search_size", UNSET)

        thread_pool_search_throttled_size = d.pop(
            "thread_pool_search_throttled_size", UNSET
        )

        thread_pool_get_size = d.pop("thread_pool_get_size", UNSET)

        thread_pool_analyze_size = d.pop("thread_pool_analyze_size", UNSET)

        thread_pool_write_size = d.pop("thread_pool_write_size", UNSET)

        thread_pool_force_merge_size = d.pop("thread_pool_force_merge_size", UNSET)

        thread_pool_search_queue_size = d.pop("thread_pool_search_queue_size", UNSET)

        thread_pool_search_throttled_queue_size = d.pop(
            "thread_pool_search_throttled_queue_size", UNSET
        )

        thread_pool_get_queue_size = d.pop("thread_pool_get_queue_size", UNSET)

        thread_pool_analyze_queue_size = d.pop("thread_pool_analyze_queue_size", UNSET)

        thread_pool_write_queue_size = d.pop("thread_pool_write_queue_size", UNSET)

        ism_enabled = d.pop("ism_enabled", UNSET)

        ism_history_enabled = d.pop("ism_history_enabled", UNSET)

        ism_history_max_age_hours = d.pop("ism_history_max_age_hours", UNSET)

        ism_history_max_docs = d.pop("ism_history_max_docs", UNSET)

        ism_history_rollover_check_period_hours = d.pop(
            "ism_history_rollover_check_period_hours", UNSET
        )

        ism_history_rollover_retention_period_days = d.pop(
            "ism_history_rollover_retention_period_days", UNSET
        )

        search_max_buckets = d.pop("search_max_buckets", UNSET)

        action_auto_create_index_enabled = d.pop(
            "action_auto_create_index_enabled", UNSET
        )

        enable_security_audit = d.pop("enable_security_audit", UNSET)

        action_destructive_requires_name = d.pop(
            "action_destructive_requires_name", UNSET
        )

        cluster_max_shards_per_node = d.pop("cluster_max_shards_per_node", UNSET)

        override_main_response_version = d.pop("override_main_response_version", UNSET)

        script_max_compilations_rate = d.pop("script_max_compilations_rate", UNSET)

        cluster_routing_allocation_node_concurrent_recoveries = d.pop(
            "cluster_routing_allocation_node_concurrent_recoveries", UNSET
        )

        reindex_remote_whitelist = cast(
            list[str], d.pop("reindex_remote_whitelist", UNSET)
        )

        plugins_alerting_filter_by_backend_roles_enabled = d.pop(
            "plugins_alerting_filter_by_backend_roles_enabled", UNSET
        )

        knn_memory_circuit_breaker_enabled = d.pop(
            "knn_memory_circuit_breaker_enabled", UNSET
        )

        knn_memory_circuit_breaker_limit = d.pop(
            "knn_memory_circuit_breaker_limit", UNSET
        )

        keep_index_refresh_interval = d.pop("keep_index_refresh_interval", UNSET)

        opensearch_advanced_config = cls(
            http_max_content_length_bytes=http_max_content_length_bytes,
            http_max_header_size_bytes=http_max_header_size_bytes,
            http_max_initial_line_length_bytes=http_max_initial_line_length_bytes,
            indices_query_bool_max_clause_count=indices_query_bool_max_clause_count,
            indices_fielddata_cache_size_percentage=indices_fielddata_cache_size_percentage,
            indices_memory_index_buffer_size_percentage=indices_memory_index_buffer_size_percentage,
            indices_memory_min_index_buffer_size_mb=indices_memory_min_index_buffer_size_mb,
            indices_memory_max_index_buffer_size_mb=indices_memory_max_index_buffer_size_mb,
            indices_queries_cache_size_percentage=indices_queries_cache_size_percentage,
            indices_recovery_max_mb_per_sec=indices_recovery_max_mb_per_sec,
            indices_recovery_max_concurrent_file_chunks=indices_recovery_max_concurrent_file_chunks,
            thread_pool_search_size=thread_pool_search_size,
            thread_pool_search_throttled_size=thread_pool_search_throttled_size,
            thread_pool_get_size=thread_pool_get_size,
            thread_pool_analyze_size=thread_pool_analyze_size,
            thread_pool_write_size=thread_pool_write_size,
            thread_pool_force_merge_size=thread_pool_force_merge_size,
            thread_pool_search_queue_size=thread_pool_search_queue_size,
            thread_pool_search_throttled_queue_size=thread_pool_search_throttled_queue_size,
            thread_pool_get_queue_size=thread_pool_get_queue_size,
            thread_pool_analyze_queue_size=thread_pool_analyze_queue_size,
            thread_pool_write_queue_size=thread_pool_write_queue_size,
            ism_enabled=ism_enabled,
            ism_history_enabled=ism_history_enabled,
            ism_history_max_age_hours=ism_history_max_age_hours,
            ism_history_max_docs=ism_history_max_docs,
            ism_history_rollover_check_period_hours=ism_history_rollover_check_period_hours,
            ism_history_rollover_retention_period_days=ism_history_rollover_retention_period_days,
            search_max_buckets=search_max_buckets,
            action_auto_create_index_enabled=action_auto_create_index_enabled,
            enable_security_audit=enable_security_audit,
            action_destructive_requires_name=action_destructive_requires_name,
            cluster_max_shards_per_node=cluster_max_shards_per_node,
            override_main_response_version=override_main_response_version,
            script_max_compilations_rate=script_max_compilations_rate,
            cluster_routing_allocation_node_concurrent_recoveries=cluster_routing_allocation_node_concurrent_recoveries,
            reindex_remote_whitelist=reindex_remote_whitelist,
            plugins_alerting_filter_by_backend_roles_enabled=plugins_alerting_filter_by_backend_roles_enabled,
            knn_memory_circuit_breaker_enabled=knn_memory_circuit_breaker_enabled,
            knn_memory_circuit_breaker_limit=knn_memory_circuit_breaker_limit,
            keep_index_refresh_interval=keep_index_refresh_interval,
        )

        opensearch_advanced_config.additional_properties = d
        return opensearch_advanced_config

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
