from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mysql_advanced_config_innodb_flush_neighbors import (
    MysqlAdvancedConfigInnodbFlushNeighbors,
)
from ..models.mysql_advanced_config_internal_tmp_mem_storage_engine import (
    MysqlAdvancedConfigInternalTmpMemStorageEngine,
)
from ..models.mysql_advanced_config_log_output import MysqlAdvancedConfigLogOutput
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mysql_incremental_backup import MysqlIncrementalBackup


T = TypeVar("T", bound="MysqlAdvancedConfig")


@_attrs_define
class MysqlAdvancedConfig:
    """
    Attributes:
        backup_hour (int | Unset): The hour of day (in UTC) when backup for the service starts. New backup only starts
            if previous backup has already completed. Example: 3.
        backup_minute (int | Unset): The minute of the backup hour when backup for the service starts. New backup  only
            starts if previous backup has already completed. Example: 30.
        automatic_sp_privileges (bool | Unset): When enabled, grants `EXECUTE` and `ALTER ROUTINE` privileges to the
            creator of a stored routine. When disabled, these privileges are not granted automatically. Example: True.
        sql_mode (str | Unset): Global SQL mode. If empty, uses MySQL server defaults. Must only include uppercase
            alphabetic characters, underscores, and commas. Example: ANSI,TRADITIONAL.
        connect_timeout (int | Unset): The number of seconds that the mysqld server waits for a connect packet before
            responding with bad handshake. Example: 10.
        default_time_zone (str | Unset): Default server time zone, in the form of an offset from UTC (from -12:00 to
            +12:00), a time zone name (EST), or 'SYSTEM' to use the MySQL server default. Example: +03:00.
        div_precision_increment (int | Unset): The number of digits by which to increase the scale of the result of
            division operations performed with the `/` operator. Example: 4.
        end_markers_in_json (bool | Unset): When enabled, the JSON output of `EXPLAIN FORMAT=JSON` includes end markers
            for nested structures. Example: False.
        eq_range_index_dive_limit (int | Unset): The number of equality ranges in an equality comparison condition when
            the optimizer should switch from using index dives to index statistics. Example: 200.
        group_concat_max_len (int | Unset): The maximum permitted result length, in bytes, for the GROUP_CONCAT()
            function. Example: 1024.
        information_schema_stats_expiry (int | Unset): The time, in seconds, before cached statistics expire. Example:
            86400.
        innodb_ft_enable_stopword (bool | Unset): When enabled, the InnoDB FULLTEXT index stopword list is used.
            Disabled by default when a custom stopword table is configured. Example: True.
        innodb_ft_max_token_size (int | Unset): The maximum length of words that an InnoDB FULLTEXT index stores.
            Changing this parameter will lead to a restart of the MySQL service. Example: 20.
        innodb_ft_min_token_size (int | Unset): The minimum length of words that an InnoDB FULLTEXT index stores.
            Example: 3.
        innodb_ft_num_word_optimize (int | Unset): The number of words to process during each OPTIMIZE TABLE operation
            on an InnoDB FULLTEXT index. Example: 2000.
        innodb_ft_result_cache_limit (int | Unset): The InnoDB FULLTEXT index query result cache size limit, in bytes.
            Example: 2000000000.
        innodb_ft_server_stopword_table (str | Unset): The InnoDB FULLTEXT index stopword list for all InnoDB tables.
            Example: db_name/table_name.
        innodb_ft_user_stopword_table (None | str | Unset): The InnoDB FULLTEXT index stopword list for user-created
            FULLTEXT indexes. Must be in the form `db_name/table_name`. Set to `null` to clear a previously configured
            value. Example: db_name/table_name.
        innodb_lock_wait_timeout (int | Unset): The time, in seconds, that an InnoDB transaction waits for a row lock.
            before giving up. Example: 50.
        innodb_log_buffer_size (int | Unset): The size of the buffer, in bytes, that InnoDB uses to write to the log
            files. on disk. Example: 16777216.
        innodb_online_alter_log_max_size (int | Unset): The upper limit, in bytes, of the size of the temporary log
            files used during online DDL operations for InnoDB tables. Example: 134217728.
        innodb_optimize_fulltext_only (bool | Unset): When enabled, OPTIMIZE TABLE rebuilds only the InnoDB FULLTEXT
            index, not the table itself. Example: False.
        innodb_print_all_deadlocks (bool | Unset): When enabled, records information about all deadlocks in InnoDB user
            transactions  in the error log. Disabled by default. Example: True.
        innodb_rollback_on_timeout (bool | Unset): When enabled, transaction timeouts cause InnoDB to abort and roll
            back the entire transaction. Example: True.
        interactive_timeout (int | Unset): The time, in seconds, the server waits for activity on an interactive.
            connection before closing it. Example: 3600.
        internal_tmp_mem_storage_engine (MysqlAdvancedConfigInternalTmpMemStorageEngine | Unset): The storage engine for
            in-memory internal temporary tables. Example: TempTable.
        net_read_timeout (int | Unset): The time, in seconds, to wait for more data from an existing connection.
            aborting the read. Example: 30.
        net_write_timeout (int | Unset): The number of seconds to wait for a block to be written to a connection before
            aborting the write. Example: 30.
        sql_require_primary_key (bool | Unset): Require primary key to be defined for new tables or old tables modified
            with ALTER TABLE and fail if missing. It is recommended to always have primary keys because various
            functionality may break if any large table is missing them. Example: True.
        wait_timeout (int | Unset): The number of seconds the server waits for activity on a noninteractive connection
            before closing it. Example: 28800.
        windowing_use_high_precision (bool | Unset): When enabled, window functions use a higher precision for internal
            calculations, which can be more accurate but slower. Example: True.
        max_allowed_packet (int | Unset): The size of the largest message, in bytes, that can be received by the server.
            Default is 67108864 (64M). Example: 67108864.
        max_execution_time (int | Unset): The execution timeout for `SELECT` statements, in milliseconds. A value of `0`
            disables the timeout (no limit). Example: 0.
        max_heap_table_size (int | Unset): The maximum size, in bytes, of internal in-memory tables. Also set
            tmp_table_size. Default is 16777216 (16M) Example: 16777216.
        max_seeks_for_key (int | Unset): Limits the assumed maximum number of seeks when looking up rows based on a key.
            Lower values cause the query optimizer to prefer indexes over table scans for non-covering indexes. Example:
            1000.
        optimizer_prune_level (int | Unset): Controls the heuristics applied during query optimization to prune less
            promising partial plans from the optimizer search space. `0` disables pruning and `1` enables it. Example: 1.
        optimizer_search_depth (int | Unset): The maximum depth of search performed by the query optimizer. Smaller
            values can reduce compilation time for large joins; a value of `0` lets the server automatically pick a
            reasonable value. Example: 62.
        optimizer_switch (str | Unset): Controls query optimizer behavior as a comma-separated list of `option=value`
            pairs, or `default` to restore server defaults. Each value must be `on`, `off`, or `default`. Example:
            batched_key_access=on,hash_join=off.
        sort_buffer_size (int | Unset): The sort buffer size, in bytes, for ORDER BY optimization. Default is 262144.
            (256K). Example: 262144.
        tmp_table_size (int | Unset): The maximum size, in bytes, of internal in-memory tables. Also set
            max_heap_table_size. Default is 16777216 (16M). Example: 16777216.
        slow_query_log (bool | Unset): When enabled, captures slow queries. When disabled, also truncates the
            mysql.slow_log table. Default is false. Example: True.
        long_query_time (float | Unset): The time, in seconds, for a query to take to execute before  being captured by
            slow_query_logs. Default is 10 seconds. Example: 10.
        binlog_retention_period (float | Unset): The minimum amount of time, in seconds, to keep binlog entries before
            deletion.  This may be extended for services that require binlog entries for longer than the default, for
            example if using the MySQL Debezium Kafka connector. Example: 600.
        innodb_change_buffer_max_size (int | Unset): Specifies the maximum size of the InnoDB change buffer as a
            percentage of the buffer pool. Example: 25.
        innodb_flush_neighbors (MysqlAdvancedConfigInnodbFlushNeighbors | Unset): Specifies whether flushing a page from
            the InnoDB buffer pool also flushes other dirty pages in the same extent.
              - 0 &mdash; disables this functionality, dirty pages in the same extent are not flushed.
              - 1 &mdash; flushes contiguous dirty pages in the same extent.
              - 2 &mdash; flushes dirty pages in the same extent. Example: 0.
        innodb_read_io_threads (int | Unset): The number of I/O threads for read operations in InnoDB. Changing this
            parameter will lead to a restart of the MySQL service. Example: 16.
        innodb_write_io_threads (int | Unset): The number of I/O threads for write operations in InnoDB. Changing this
            parameter will lead to a restart of the MySQL service. Example: 16.
        innodb_thread_concurrency (int | Unset): Defines the maximum number of threads permitted inside of InnoDB. A
            value of 0 (the default) is interpreted as infinite concurrency (no limit). This variable is intended for
            performance  tuning on high concurrency systems. Example: 0.
        net_buffer_length (int | Unset): Start sizes of connection buffer and result buffer, must be multiple of 1024.
            Changing this parameter will lead to a restart of the MySQL service. Example: 4096.
        log_output (MysqlAdvancedConfigLogOutput | Unset): Defines the destination for logs. Can be `INSIGHTS`, `TABLE`,
            or both (`INSIGHTS,TABLE`), or `NONE` to disable logs. To specify both destinations, use `INSIGHTS,TABLE` (order
            matters). Default is NONE. Default: MysqlAdvancedConfigLogOutput.NONE. Example: INSIGHTS.
        mysql_incremental_backup (MysqlIncrementalBackup | Unset): MySQL Incremental Backup configuration settings
    """

    backup_hour: int | Unset = UNSET
    backup_minute: int | Unset = UNSET
    automatic_sp_privileges: bool | Unset = UNSET
    sql_mode: str | Unset = UNSET
    connect_timeout: int | Unset = UNSET
    default_time_zone: str | Unset = UNSET
    div_precision_increment: int | Unset = UNSET
    end_markers_in_json: bool | Unset = UNSET
    eq_range_index_dive_limit: int | Unset = UNSET
    group_concat_max_len: int | Unset = UNSET
    information_schema_stats_expiry: int | Unset = UNSET
    innodb_ft_enable_stopword: bool | Unset = UNSET
    innodb_ft_max_token_size: int | Unset = UNSET
    innodb_ft_min_token_size: int | Unset = UNSET
    innodb_ft_num_word_optimize: int | Unset = UNSET
    innodb_ft_result_cache_limit: int | Unset = UNSET
    innodb_ft_server_stopword_table: str | Unset = UNSET
    innodb_ft_user_stopword_table: None | str | Unset = UNSET
    innodb_lock_wait_timeout: int | Unset = UNSET
    innodb_log_buffer_size: int | Unset = UNSET
    innodb_online_alter_log_max_size: int | Unset = UNSET
    innodb_optimize_fulltext_only: bool | Unset = UNSET
    innodb_print_all_deadlocks: bool | Unset = UNSET
    innodb_rollback_on_timeout: bool | Unset = UNSET
    interactive_timeout: int | Unset = UNSET
    internal_tmp_mem_storage_engine: (
        MysqlAdvancedConfigInternalTmpMemStorageEngine | Unset
    ) = UNSET
    net_read_timeout: int | Unset = UNSET
    net_write_timeout: int | Unset = UNSET
    sql_require_primary_key: bool | Unset = UNSET
    wait_timeout: int | Unset = UNSET
    windowing_use_high_precision: bool | Unset = UNSET
    max_allowed_packet: int | Unset = UNSET
    max_execution_time: int | Unset = UNSET
    max_heap_table_size: int | Unset = UNSET
    max_seeks_for_key: int | Unset = UNSET
    optimizer_prune_level: int | Unset = UNSET
    optimizer_search_depth: int | Unset = UNSET
    optimizer_switch: str | Unset = UNSET
    sort_buffer_size: int | Unset = UNSET
    tmp_table_size: int | Unset = UNSET
    slow_query_log: bool | Unset = UNSET
    long_query_time: float | Unset = UNSET
    binlog_retention_period: float | Unset = UNSET
    innodb_change_buffer_max_size: int | Unset = UNSET
    innodb_flush_neighbors: MysqlAdvancedConfigInnodbFlushNeighbors | Unset = UNSET
    innodb_read_io_threads: int | Unset = UNSET
    innodb_write_io_threads: int | Unset = UNSET
    innodb_thread_concurrency: int | Unset = UNSET
    net_buffer_length: int | Unset = UNSET
    log_output: MysqlAdvancedConfigLogOutput | Unset = MysqlAdvancedConfigLogOutput.NONE
    mysql_incremental_backup: MysqlIncrementalBackup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_hour = self.backup_hour

        backup_minute = self.backup_minute

        automatic_sp_privileges = self.automatic_sp_privileges

        sql_mode = self.sql_mode

        connect_timeout = self.connect_timeout

        default_time_zone = self.default_time_zone

        div_precision_increment = self.div_precision_increment

        end_markers_in_json = self.end_markers_in_json

        eq_range_index_dive_limit = self.eq_range_index_dive_limit

        group_concat_max_len = self.group_concat_max_len

        information_schema_stats_expiry = self.information_schema_stats_expiry

        innodb_ft_enable_stopword = self.innodb_ft_enable_stopword

        innodb_ft_max_token_size = self.innodb_ft_max_token_size

        innodb_ft_min_token_size = self.innodb_ft_min_token_size

        innodb_ft_num_word_optimize = self.innodb_ft_num_word_optimize

        innodb_ft_result_cache_limit = self.innodb_ft_result_cache_limit

        innodb_ft_server_stopword_table = self.innodb_ft_server_stopword_table

        innodb_ft_user_stopword_table: None | str | Unset
        if isinstance(self.innodb_ft_user_stopword_table, Unset):
            innodb_ft_user_stopword_table = UNSET
        else:
            innodb_ft_user_stopword_table = self.innodb_ft_user_stopword_table

        innodb_lock_wait_timeout = self.innodb_lock_wait_timeout

        innodb_log_buffer_size = self.innodb_log_buffer_size

        innodb_online_alter_log_max_size = self.innodb_online_alter_log_max_size

        innodb_optimize_fulltext_only = self.innodb_optimize_fulltext_only

        innodb_print_all_deadlocks = self.innodb_print_all_deadlocks

        innodb_rollback_on_timeout = self.innodb_rollback_on_timeout

        interactive_timeout = self.interactive_timeout

        internal_tmp_mem_storage_engine: str | Unset = UNSET
        if not isinstance(self.internal_tmp_mem_storage_engine, Unset):
            internal_tmp_mem_storage_engine = self.internal_tmp_mem_storage_engine.value

        net_read_timeout = self.net_read_timeout

        net_write_timeout = self.net_write_timeout

        sql_require_primary_key = self.sql_require_primary_key

        wait_timeout = self.wait_timeout

        windowing_use_high_precision = self.windowing_use_high_precision

        max_allowed_packet = self.max_allowed_packet

        max_execution_time = self.max_execution_time

        max_heap_table_size = self.max_heap_table_size

        max_seeks_for_key = self.max_seeks_for_key

        optimizer_prune_level = self.optimizer_prune_level

        optimizer_search_depth = self.optimizer_search_depth

        optimizer_switch = self.optimizer_switch

        sort_buffer_size = self.sort_buffer_size

        tmp_table_size = self.tmp_table_size

        slow_query_log = self.slow_query_log

        long_query_time = self.long_query_time

        binlog_retention_period = self.binlog_retention_period

        innodb_change_buffer_max_size = self.innodb_change_buffer_max_size

        innodb_flush_neighbors: int | Unset = UNSET
        if not isinstance(self.innodb_flush_neighbors, Unset):
            innodb_flush_neighbors = self.innodb_flush_neighbors.value

        innodb_read_io_threads = self.innodb_read_io_threads

        innodb_write_io_threads = self.innodb_write_io_threads

        innodb_thread_concurrency = self.innodb_thread_concurrency

        net_buffer_length = self.net_buffer_length

        log_output: str | Unset = UNSET
        if not isinstance(self.log_output, Unset):
            log_output = self.log_output.value

        mysql_incremental_backup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mysql_incremental_backup, Unset):
            mysql_incremental_backup = self.mysql_incremental_backup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_hour is not UNSET:
            field_dict["backup_hour"] = backup_hour
        if backup_minute is not UNSET:
            field_dict["backup_minute"] = backup_minute
        if automatic_sp_privileges is not UNSET:
            field_dict["automatic_sp_privileges"] = automatic_sp_privileges
        if sql_mode is not UNSET:
            field_dict["sql_mode"] = sql_mode
        if connect_timeout is not UNSET:
            field_dict["connect_timeout"] = connect_timeout
        if default_time_zone is not UNSET:
            field_dict["default_time_zone"] = default_time_zone
        if div_precision_increment is not UNSET:
            field_dict["div_precision_increment"] = div_precision_increment
        if end_markers_in_json is not UNSET:
            field_dict["end_markers_in_json"] = end_markers_in_json
        if eq_range_index_dive_limit is not UNSET:
            field_dict["eq_range_index_dive_limit"] = eq_range_index_dive_limit
        if group_concat_max_len is not UNSET:
            field_dict["group_concat_max_len"] = group_concat_max_len
        if information_schema_stats_expiry is not UNSET:
            field_dict["information_schema_stats_expiry"] = (
                information_schema_stats_expiry
            )
        if innodb_ft_enable_stopword is not UNSET:
            field_dict["innodb_ft_enable_stopword"] = innodb_ft_enable_stopword
        if innodb_ft_max_token_size is not UNSET:
            field_dict["innodb_ft_max_token_size"] = innodb_ft_max_token_size
        if innodb_ft_min_token_size is not UNSET:
            field_dict["innodb_ft_min_token_size"] = innodb_ft_min_token_size
        if innodb_ft_num_word_optimize is not UNSET:
            field_dict["innodb_ft_num_word_optimize"] = innodb_ft_num_word_optimize
        if innodb_ft_result_cache_limit is not UNSET:
            field_dict["innodb_ft_result_cache_limit"] = innodb_ft_result_cache_limit
        if innodb_ft_server_stopword_table is not UNSET:
            field_dict["innodb_ft_server_stopword_table"] = (
                innodb_ft_server_stopword_table
            )
        if innodb_ft_user_stopword_table is not UNSET:
            field_dict["innodb_ft_user_stopword_table"] = innodb_ft_user_stopword_table
        if innodb_lock_wait_timeout is not UNSET:
            field_dict["innodb_lock_wait_timeout"] = innodb_lock_wait_timeout
        if innodb_log_buffer_size is not UNSET:
            field_dict["innodb_log_buffer_size"] = innodb_log_buffer_size
        if innodb_online_alter_log_max_size is not UNSET:
            field_dict["innodb_online_alter_log_max_size"] = (
                innodb_online_alter_log_max_size
            )
        if innodb_optimize_fulltext_only is not UNSET:
            field_dict["innodb_optimize_fulltext_only"] = innodb_optimize_fulltext_only
        if innodb_print_all_deadlocks is not UNSET:
            field_dict["innodb_print_all_deadlocks"] = innodb_print_all_deadlocks
        if innodb_rollback_on_timeout is not UNSET:
            field_dict["innodb_rollback_on_timeout"] = innodb_rollback_on_timeout
        if interactive_timeout is not UNSET:
            field_dict["interactive_timeout"] = interactive_timeout
        if internal_tmp_mem_storage_engine is not UNSET:
            field_dict["internal_tmp_mem_storage_engine"] = (
                internal_tmp_mem_storage_engine
            )
        if net_read_timeout is not UNSET:
            field_dict["net_read_timeout"] = net_read_timeout
        if net_write_timeout is not UNSET:
            field_dict["net_write_timeout"] = net_write_timeout
        if sql_require_primary_key is not UNSET:
            field_dict["sql_require_primary_key"] = sql_require_primary_key
        if wait_timeout is not UNSET:
            field_dict["wait_timeout"] = wait_timeout
        if windowing_use_high_precision is not UNSET:
            field_dict["windowing_use_high_precision"] = windowing_use_high_precision
        if max_allowed_packet is not UNSET:
            field_dict["max_allowed_packet"] = max_allowed_packet
        if max_execution_time is not UNSET:
            field_dict["max_execution_time"] = max_execution_time
        if max_heap_table_size is not UNSET:
            field_dict["max_heap_table_size"] = max_heap_table_size
        if max_seeks_for_key is not UNSET:
            field_dict["max_seeks_for_key"] = max_seeks_for_key
        if optimizer_prune_level is not UNSET:
            field_dict["optimizer_prune_level"] = optimizer_prune_level
        if optimizer_search_depth is not UNSET:
            field_dict["optimizer_search_depth"] = optimizer_search_depth
        if optimizer_switch is not UNSET:
            field_dict["optimizer_switch"] = optimizer_switch
        if sort_buffer_size is not UNSET:
            field_dict["sort_buffer_size"] = sort_buffer_size
        if tmp_table_size is not UNSET:
            field_dict["tmp_table_size"] = tmp_table_size
        if slow_query_log is not UNSET:
            field_dict["slow_query_log"] = slow_query_log
        if long_query_time is not UNSET:
            field_dict["long_query_time"] = long_query_time
        if binlog_retention_period is not UNSET:
            field_dict["binlog_retention_period"] = binlog_retention_period
        if innodb_change_buffer_max_size is not UNSET:
            field_dict["innodb_change_buffer_max_size"] = innodb_change_buffer_max_size
        if innodb_flush_neighbors is not UNSET:
            field_dict["innodb_flush_neighbors"] = innodb_flush_neighbors
        if innodb_read_io_threads is not UNSET:
            field_dict["innodb_read_io_threads"] = innodb_read_io_threads
        if innodb_write_io_threads is not UNSET:
            field_dict["innodb_write_io_threads"] = innodb_write_io_threads
        if innodb_thread_concurrency is not UNSET:
            field_dict["innodb_thread_concurrency"] = innodb_thread_concurrency
        if net_buffer_length is not UNSET:
            field_dict["net_buffer_length"] = net_buffer_length
        if log_output is not UNSET:
            field_dict["log_output"] = log_output
        if mysql_incremental_backup is not UNSET:
            field_dict["mysql_incremental_backup"] = mysql_incremental_backup

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mysql_incremental_backup import MysqlIncrementalBackup

        d = dict(src_dict)
        backup_hour = d.pop("backup_hour", UNSET)

        backup_minute = d.pop("backup_minute", UNSET)

        automatic_sp_privileges = d.pop("automatic_sp_privileges", UNSET)

        sql_mode = d.pop("sql_mode", UNSET)

        connect_timeout = d.pop("connect_timeout", UNSET)

        default_time_zone = d.pop("default_time_zone", UNSET)

        div_precision_increment = d.pop("div_precision_increment", UNSET)

        end_markers_in_json = d.pop("end_markers_in_json", UNSET)

        eq_range_index_dive_limit = d.pop("eq_range_index_dive_limit", UNSET)

        group_concat_max_len = d.pop("group_concat_max_len", UNSET)

        information_schema_stats_expiry = d.pop(
            "information_schema_stats_expiry", UNSET
        )

        innodb_ft_enable_stopword = d.pop("innodb_ft_enable_stopword", UNSET)

        innodb_ft_max_token_size = d.pop("innodb_ft_max_token_size", UNSET)

        innodb_ft_min_token_size = d.pop("innodb_ft_min_token_size", UNSET)

        innodb_ft_num_word_optimize = d.pop("innodb_ft_num_word_optimize", UNSET)

        innodb_ft_result_cache_limit = d.pop("innodb_ft_result_cache_limit", UNSET)

        innodb_ft_server_stopword_table = d.pop(
            "innodb_ft_server_stopword_table", UNSET
        )

        def _parse_innodb_ft_user_stopword_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        innodb_ft_user_stopword_table = _parse_innodb_ft_user_stopword_table(
            d.pop("innodb_ft_user_stopword_table", UNSET)
        )

        innodb_lock_wait_timeout = d.pop("innodb_lock_wait_timeout", UNSET)

        innodb_log_buffer_size = d.pop("innodb_log_buffer_size", UNSET)

        innodb_online_alter_log_max_size = d.pop(
            "innodb_online_alter_log_max_size", UNSET
        )

        innodb_optimize_fulltext_only = d.pop("innodb_optimize_fulltext_only", UNSET)

        innodb_print_all_deadlocks = d.pop("innodb_print_all_deadlocks", UNSET)

        innodb_rollback_on_timeout = d.pop("innodb_rollback_on_timeout", UNSET)

        interactive_timeout = d.pop("interactive_timeout", UNSET)

        _internal_tmp_mem_storage_engine = d.pop(
            "internal_tmp_mem_storage_engine", UNSET
        )
        internal_tmp_mem_storage_engine: (
            MysqlAdvancedConfigInternalTmpMemStorageEngine | Unset
        )
        if isinstance(_internal_tmp_mem_storage_engine, Unset):
            internal_tmp_mem_storage_engine = UNSET
        else:
            internal_tmp_mem_storage_engine = (
                MysqlAdvancedConfigInternalTmpMemStorageEngine(
                    _internal_tmp_mem_storage_engine
                )
            )

        net_read_timeout = d.pop("net_read_timeout", UNSET)

        net_write_timeout = d.pop("net_write_timeout", UNSET)

        sql_require_primary_key = d.pop("sql_require_primary_key", UNSET)

        wait_timeout = d.pop("wait_timeout", UNSET)

        windowing_use_high_precision = d.pop("windowing_use_high_precision", UNSET)

        max_allowed_packet = d.pop("max_allowed_packet", UNSET)

        max_execution_time = d.pop("max_execution_time", UNSET)

        max_heap_table_size = d.pop("max_heap_table_size", UNSET)

        max_seeks_for_key = d.pop("max_seeks_for_key", UNSET)

        optimizer_prune_level = d.pop("optimizer_prune_level", UNSET)

        optimizer_search_depth = d.pop("optimizer_search_depth", UNSET)

        optimizer_switch = d.pop("optimizer_switch", UNSET)

        sort_buffer_size = d.pop("sort_buffer_size", UNSET)

        tmp_table_size = d.pop("tmp_table_size", UNSET)

        slow_query_log = d.pop("slow_query_log", UNSET)

        long_query_time = d.pop("long_query_time", UNSET)

        binlog_retention_period = d.pop("binlog_retention_period", UNSET)

        innodb_change_buffer_max_size = d.pop("innodb_change_buffer_max_size", UNSET)

        _innodb_flush_neighbors = d.pop("innodb_flush_neighbors", UNSET)
        innodb_flush_neighbors: MysqlAdvancedConfigInnodbFlushNeighbors | Unset
        if isinstance(_innodb_flush_neighbors, Unset):
            innodb_flush_neighbors = UNSET
        else:
            innodb_flush_neighbors = MysqlAdvancedConfigInnodbFlushNeighbors(
                _innodb_flush_neighbors
            )

        innodb_read_io_threads = d.pop("innodb_read_io_threads", UNSET)

        innodb_write_io_threads = d.pop("innodb_write_io_threads", UNSET)

        innodb_thread_concurrency = d.pop("innodb_thread_concurrency", UNSET)

        net_buffer_length = d.pop("net_buffer_length", UNSET)

        _log_output = d.pop("log_output", UNSET)
        log_output: MysqlAdvancedConfigLogOutput | Unset
        if isinstance(_log_output, Unset):
            log_output = UNSET
        else:
            log_output = MysqlAdvancedConfigLogOutput(_log_output)

        _mysql_incremental_backup = d.pop("mysql_incremental_backup", UNSET)
        mysql_incremental_backup: MysqlIncrementalBackup | Unset
        if isinstance(_mysql_incremental_backup, Unset):
            mysql_incremental_backup = UNSET
        else:
            mysql_incremental_backup = MysqlIncrementalBackup.from_dict(
                _mysql_incremental_backup
            )

        mysql_advanced_config = cls(
            backup_hour=backup_hour,
            backup_minute=backup_minute,
            automatic_sp_privileges=automatic_sp_privileges,
            sql_mode=sql_mode,
            connect_timeout=connect_timeout,
            default_time_zone=default_time_zone,
            div_precision_increment=div_precision_increment,
            end_markers_in_json=end_markers_in_json,
            eq_range_index_dive_limit=eq_range_index_dive_limit,
            group_concat_max_len=group_concat_max_len,
            information_schema_stats_expiry=information_schema_stats_expiry,
            innodb_ft_enable_stopword=innodb_ft_enable_stopword,
            innodb_ft_max_token_size=innodb_ft_max_token_size,
            innodb_ft_min_token_size=innodb_ft_min_token_size,
            innodb_ft_num_word_optimize=innodb_ft_num_word_optimize,
            innodb_ft_result_cache_limit=innodb_ft_result_cache_limit,
            innodb_ft_server_stopword_table=innodb_ft_server_stopword_table,
            innodb_ft_user_stopword_table=innodb_ft_user_stopword_table,
            innodb_lock_wait_timeout=innodb_lock_wait_timeout,
            innodb_log_buffer_size=innodb_log_buffer_size,
            innodb_online_alter_log_max_size=innodb_online_alter_log_max_size,
            innodb_optimize_fulltext_only=innodb_optimize_fulltext_only,
            innodb_print_all_deadlocks=innodb_print_all_deadlocks,
            innodb_rollback_on_timeout=innodb_rollback_on_timeout,
            interactive_timeout=interactive_timeout,
            internal_tmp_mem_storage_engine=internal_tmp_mem_storage_engine,
            net_read_timeout=net_read_timeout,
            net_write_timeout=net_write_timeout,
            sql_require_primary_key=sql_require_primary_key,
            wait_timeout=wait_timeout,
            windowing_use_high_precision=windowing_use_high_precision,
            max_allowed_packet=max_allowed_packet,
            max_execution_time=max_execution_time,
            max_heap_table_size=max_heap_table_size,
            max_seeks_for_key=max_seeks_for_key,
            optimizer_prune_level=optimizer_prune_level,
            optimizer_search_depth=optimizer_search_depth,
            optimizer_switch=optimizer_switch,
            sort_buffer_size=sort_buffer_size,
            tmp_table_size=tmp_table_size,
            slow_query_log=slow_query_log,
            long_query_time=long_query_time,
            binlog_retention_period=binlog_retention_period,
            innodb_change_buffer_max_size=innodb_change_buffer_max_size,
            innodb_flush_neighbors=innodb_flush_neighbors,
            innodb_read_io_threads=innodb_read_io_threads,
            innodb_write_io_threads=innodb_write_io_threads,
            innodb_thread_concurrency=innodb_thread_concurrency,
            net_buffer_length=net_buffer_length,
            log_output=log_output,
            mysql_incremental_backup=mysql_incremental_backup,
        )

        mysql_advanced_config.additional_properties = d
        return mysql_advanced_config

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
