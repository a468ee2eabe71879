from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.postgres_advanced_config_default_toast_compression import (
    PostgresAdvancedConfigDefaultToastCompression,
)
from ..models.postgres_advanced_config_log_error_verbosity import (
    PostgresAdvancedConfigLogErrorVerbosity,
)
from ..models.postgres_advanced_config_log_line_prefix import (
    PostgresAdvancedConfigLogLinePrefix,
)
from ..models.postgres_advanced_config_pg_stat_statements_track import (
    PostgresAdvancedConfigPgStatStatementsTrack,
)
from ..models.postgres_advanced_config_synchronous_replication import (
    PostgresAdvancedConfigSynchronousReplication,
)
from ..models.postgres_advanced_config_track_commit_timestamp import (
    PostgresAdvancedConfigTrackCommitTimestamp,
)
from ..models.postgres_advanced_config_track_functions import (
    PostgresAdvancedConfigTrackFunctions,
)
from ..models.postgres_advanced_config_track_io_timing import (
    PostgresAdvancedConfigTrackIoTiming,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pgbouncer_advanced_config import PgbouncerAdvancedConfig
    from ..models.timescaledb_advanced_config import TimescaledbAdvancedConfig


T = TypeVar("T", bound="PostgresAdvancedConfig")


@_attrs_define
class PostgresAdvancedConfig:
    """
    Attributes:
        autovacuum_freeze_max_age (int | Unset): Specifies the maximum age (in transactions) that a table's
            pg_class.relfrozenxid field can attain before a VACUUM operation is forced to prevent transaction ID wraparound
            within the table. Note that the system will launch autovacuum processes to prevent wraparound even when
            autovacuum is otherwise disabled. This parameter will cause the server to be restarted. Example: 200000000.
        autovacuum_max_workers (int | Unset): Specifies the maximum number of autovacuum processes (other than the
            autovacuum launcher) that may be running at any one time. The default is three. This parameter can only be set
            at server start. Example: 5.
        autovacuum_naptime (int | Unset): Specifies the minimum delay, in seconds, between autovacuum runs on any given
            database. The default is one minute. Example: 43200.
        autovacuum_vacuum_threshold (int | Unset): Specifies the minimum number of updated or deleted tuples needed to
            trigger a VACUUM in any one table. The default is 50 tuples. Example: 50.
        autovacuum_analyze_threshold (int | Unset): Specifies the minimum number of inserted, updated, or deleted tuples
            needed to trigger an ANALYZE in any one table. The default is 50 tuples. Example: 50.
        autovacuum_vacuum_scale_factor (float | Unset): Specifies a fraction, in a decimal value, of the table size to
            add to autovacuum_vacuum_threshold when deciding whether to trigger a VACUUM. The default is 0.2 (20% of table
            size). Example: 0.2.
        autovacuum_analyze_scale_factor (float | Unset): Specifies a fraction, in a decimal value, of the table size to
            add to autovacuum_analyze_threshold when deciding whether to trigger an ANALYZE. The default is 0.2 (20% of
            table size). Example: 0.2.
        autovacuum_vacuum_cost_delay (int | Unset): Specifies the cost delay value, in milliseconds, that will be used
            in automatic VACUUM operations. If -1, uses the regular vacuum_cost_delay value, which is 20 milliseconds.
            Example: 20.
        autovacuum_vacuum_cost_limit (int | Unset): Specifies the cost limit value that will be used in automatic VACUUM
            operations. If -1 is specified (which is the default), the regular vacuum_cost_limit value will be used.
            Example: -1.
        backup_hour (int | Unset): The hour of day (in UTC) when backup for the service starts. New backup only starts
            if previous backup has already completed. Example: 3.
        backup_minute (int | Unset): The minute of the backup hour when backup for the service starts. New backup is
            only started if previous backup has already completed. Example: 30.
        bgwriter_delay (int | Unset): Specifies the delay, in milliseconds, between activity rounds for the background
            writer. Default is 200 ms. Example: 200.
        bgwriter_flush_after (int | Unset): The amount of kilobytes that need to be written by the background writer
            before attempting to force the OS to issue these writes to underlying storage. Specified in kilobytes, default
            is 512.  Setting of 0 disables forced writeback. Example: 512.
        bgwriter_lru_maxpages (int | Unset): The maximum number of buffers that the background writer can write. Setting
            this to zero disables background writing. Default is 100. Example: 100.
        bgwriter_lru_multiplier (float | Unset): The average recent need for new buffers is multiplied by
            bgwriter_lru_multiplier to arrive at an estimate of the number that will be needed during the next round, (up to
            bgwriter_lru_maxpages). 1.0 represents a “just in time” policy of writing exactly the number of buffers
            predicted to be needed. Larger values provide some cushion against spikes in demand, while smaller values
            intentionally leave writes to be done by server processes. The default is 2.0. Example: 2.
        deadlock_timeout (int | Unset): The amount of time, in milliseconds, to wait on a lock before checking to see if
            there is a deadlock condition. Example: 1000.
        default_toast_compression (PostgresAdvancedConfigDefaultToastCompression | Unset): Specifies the default TOAST
            compression method for values of compressible columns (the default is lz4). Example: lz4.
        idle_in_transaction_session_timeout (int | Unset): Time out sessions with open transactions after this number of
            milliseconds Example: 10000.
        jit (bool | Unset): Activates, in a boolean, the system-wide use of Just-in-Time Compilation (JIT). Example:
            True.
        log_autovacuum_min_duration (int | Unset): Causes each action executed by autovacuum to be logged if it ran for
            at least the specified number of milliseconds. Setting this to zero logs all autovacuum actions. Minus-one (the
            default) disables logging autovacuum actions. Example: -1.
        log_error_verbosity (PostgresAdvancedConfigLogErrorVerbosity | Unset): Controls the amount of detail written in
            the server log for each message that is logged. Example: VERBOSE.
        log_line_prefix (PostgresAdvancedConfigLogLinePrefix | Unset): Selects one of the available log-formats. These
            can support popular log analyzers like pgbadger, pganalyze, etc. Example: pid=%p,user=%u,db=%d,app=%a,client=%h.
        log_min_duration_statement (int | Unset): Log statements that take more than this number of milliseconds to run.
            If -1, disables. Example: -1.
        max_files_per_process (int | Unset): PostgreSQL maximum number of files that can be open per process. Example:
            2048.
        max_prepared_transactions (int | Unset): PostgreSQL maximum prepared transactions. Once increased, this
            parameter cannot be lowered from its set value. Example: 20.
        max_pred_locks_per_transaction (int | Unset): PostgreSQL maximum predicate locks per transaction. Example: 128.
        max_locks_per_transaction (int | Unset): PostgreSQL maximum locks per transaction. Once increased, this
            parameter cannot be lowered from its set value. Example: 128.
        max_stack_depth (int | Unset): Maximum depth of the stack in bytes. Example: 2097152.
        max_standby_archive_delay (int | Unset): Max standby archive delay in milliseconds. Example: 43200.
        max_standby_streaming_delay (int | Unset): Max standby streaming delay in milliseconds. Example: 43200.
        max_replication_slots (int | Unset): PostgreSQL maximum replication slots. Example: 16.
        max_logical_replication_workers (int | Unset): PostgreSQL maximum logical replication workers (taken from the
            pool of max_parallel_workers). Example: 16.
        max_parallel_workers (int | Unset): Sets the maximum number of workers that the system can support for parallel
            queries. Example: 12.
        max_parallel_workers_per_gather (int | Unset): Sets the maximum number of workers that can be started by a
            single Gather or Gather Merge node. Example: 16.
        max_worker_processes (int | Unset): Sets the maximum number of background processes that the system can support.
            Once increased, this parameter cannot be lowered from its set value. Example: 16.
        pg_partman_bgw_role (str | Unset): Controls which role to use for pg_partman's scheduled background tasks. Must
            consist of alpha-numeric characters, dots, underscores, or dashes. May not start with dash or dot. Maximum of 64
            characters. Example: myrolename.
        pg_partman_bgw_interval (int | Unset): Sets the time interval to run pg_partman's scheduled tasks. Example:
            3600.
        pg_stat_statements_track (PostgresAdvancedConfigPgStatStatementsTrack | Unset): Controls which statements are
            counted. Specify 'top' to track top-level statements (those issued directly by clients), 'all' to also track
            nested statements (such as statements invoked within functions), or 'none' to disable statement statistics
            collection. The default value is top. Example: all.
        temp_file_limit (int | Unset): PostgreSQL temporary file limit in KiB. If -1, sets to unlimited. Example:
            5000000.
        timezone (str | Unset): PostgreSQL service timezone Example: Europe/Helsinki.
        track_activity_query_size (int | Unset): Specifies the number of bytes reserved to track the currently executing
            command for each active session. Example: 1024.
        track_commit_timestamp (PostgresAdvancedConfigTrackCommitTimestamp | Unset): Record commit time of transactions.
            Example: off.
        track_functions (PostgresAdvancedConfigTrackFunctions | Unset): Enables tracking of function call counts and
            time used. Example: all.
        track_io_timing (PostgresAdvancedConfigTrackIoTiming | Unset): Enables timing of database I/O calls. This
            parameter is off by default, because it will repeatedly query the operating system for the current time, which
            may cause significant overhead on some platforms. Example: off.
        max_wal_senders (int | Unset): PostgreSQL maximum WAL senders. Once increased, this parameter cannot be lowered
            from its set value. Example: 32.
        wal_sender_timeout (int | Unset): Terminate replication connections that are inactive for longer than this
            amount of time, in milliseconds. Setting this value to zero disables the timeout. Must be either 0 or between
            5000 and 10800000. Example: 60000.
        wal_writer_delay (int | Unset): WAL flush interval in milliseconds. Note that setting this value to lower than
            the default 200ms may negatively impact performance Example: 50.
        shared_buffers_percentage (float | Unset): Percentage of total RAM that the database server uses for shared
            memory buffers.  Valid range is 20-60 (float), which corresponds to 20% - 60%.  This setting adjusts the
            shared_buffers configuration value. Example: 41.5.
        pgbouncer (PgbouncerAdvancedConfig | Unset): PGBouncer connection pooling settings
        work_mem (int | Unset): The maximum amount of memory, in MB, used by a query operation (such as a sort or hash
            table) before writing to temporary disk files. Default is 1MB + 0.075% of total RAM (up to 32MB). Example: 4.
        timescaledb (TimescaledbAdvancedConfig | Unset): TimescaleDB extension configuration values
        synchronous_replication (PostgresAdvancedConfigSynchronousReplication | Unset): Synchronous replication type.
            Note that the service plan also needs to support synchronous replication. Example: off.
        stat_monitor_enable (bool | Unset): Enable the pg_stat_monitor extension. <b>Enabling this extension will cause
            the cluster to be restarted.</b> When this extension is enabled, pg_stat_statements results for utility commands
            are unreliable. Example: False.
        max_failover_replication_time_lag (int | Unset): Number of seconds of master unavailability before triggering
            database failover to standby. The default value is 60. Example: 50.
        max_connections (int | Unset): Sets the PostgreSQL maximum number of concurrent connections to the database
            server. This is a limited-release parameter. Contact your account team to confirm your eligibility. You cannot
            decrease this parameter value when set. For services with a read replica, first increase the read replica's
            value. After the change is applied to the replica, you can increase the primary service's value. Changing this
            parameter causes a service restart. Example: 75.
        max_slot_wal_keep_size (int | Unset): PostgreSQL maximum WAL size (MB) reserved for replication slots. If -1 is
            specified, replication slots may retain an unlimited amount of WAL files. The default is -1 (upstream default).
            wal_keep_size minimum WAL size setting takes precedence over this. Example: 100.
    """

    autovacuum_freeze_max_age: int | Unset = UNSET
    autovacuum_max_workers: int | Unset = UNSET
    autovacuum_naptime: int | Unset = UNSET
    autovacuum_vacuum_threshold: int | Unset = UNSET
    autovacuum_analyze_threshold: int | Unset = UNSET
    autovacuum_vacuum_scale_factor: float | Unset = UNSET
    autovacuum_analyze_scale_factor: float | Unset = UNSET
    autovacuum_vacuum_cost_delay: int | Unset = UNSET
    autovacuum_vacuum_cost_limit: int | Unset = UNSET
    backup_hour: int | Unset = UNSET
    backup_minute: int | Unset = UNSET
    bgwriter_delay: int | Unset = UNSET
    bgwriter_flush_after: int | Unset = UNSET
    bgwriter_lru_maxpages: int | Unset = UNSET
    bgwriter_lru_multiplier: float | Unset = UNSET
    deadlock_timeout: int | Unset = UNSET
    default_toast_compression: PostgresAdvancedConfigDefaultToastCompression | Unset = (
        UNSET
    )
    idle_in_transaction_session_timeout: int | Unset = UNSET
    jit: bool | Unset = UNSET
    log_autovacuum_min_duration: int | Unset = UNSET
    log_error_verbosity: PostgresAdvancedConfigLogErrorVerbosity | Unset = UNSET
    log_line_prefix: PostgresAdvancedConfigLogLinePrefix | Unset = UNSET
    log_min_duration_statement: int | Unset = UNSET
    max_files_per_process: int | Unset = UNSET
    max_prepared_transactions: int | Unset = UNSET
    max_pred_locks_per_transaction: int | Unset = UNSET
    max_locks_per_transaction: int | Unset = UNSET
    max_stack_depth: int | Unset = UNSET
    max_standby_archive_delay: int | Unset = UNSET
    max_standby_streaming_delay: int | Unset = UNSET
    max_replication_slots: int | Unset = UNSET
    max_logical_replication_workers: int | Unset = UNSET
    max_parallel_workers: int | Unset = UNSET
    max_parallel_workers_per_gather: int | Unset = UNSET
    max_worker_processes: int | Unset = UNSET
    pg_partman_bgw_role: str | Unset = UNSET
    pg_partman_bgw_interval: int | Unset = UNSET
    pg_stat_statements_track: PostgresAdvancedConfigPgStatStatementsTrack | Unset = (
        UNSET
    )
    temp_file_limit: int | Unset = UNSET
    timezone: str | Unset = UNSET
    track_activity_query_size: int | Unset = UNSET
    track_commit_timestamp: PostgresAdvancedConfigTrackCommitTimestamp | Unset = UNSET
    track_functions: PostgresAdvancedConfigTrackFunctions | Unset = UNSET
    track_io_timing: PostgresAdvancedConfigTrackIoTiming | Unset = UNSET
    max_wal_senders: int | Unset = UNSET
    wal_sender_timeout: int | Unset = UNSET
    wal_writer_delay: int | Unset = UNSET
    shared_buffers_percentage: float | Unset = UNSET
    pgbouncer: PgbouncerAdvancedConfig | Unset = UNSET
    work_mem: int | Unset = UNSET
    timescaledb: TimescaledbAdvancedConfig | Unset = UNSET
    synchronous_replication: PostgresAdvancedConfigSynchronousReplication | Unset = (
        UNSET
    )
    stat_monitor_enable: bool | Unset = UNSET
    max_failover_replication_time_lag: int | Unset = UNSET
    max_connections: int | Unset = UNSET
    max_slot_wal_keep_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autovacuum_freeze_max_age = self.autovacuum_freeze_max_age

        autovacuum_max_workers = self.autovacuum_max_workers

        autovacuum_naptime = self.autovacuum_naptime

        autovacuum_vacuum_threshold = self.autovacuum_vacuum_threshold

        autovacuum_analyze_threshold = self.autovacuum_analyze_threshold

        autovacuum_vacuum_scale_factor = self.autovacuum_vacuum_scale_factor

        autovacuum_analyze_scale_factor = self.autovacuum_analyze_scale_factor

        autovacuum_vacuum_cost_delay = self.autovacuum_vacuum_cost_delay

        autovacuum_vacuum_cost_limit = self.autovacuum_vacuum_cost_limit

        backup_hour = self.backup_hour

        backup_minute = self.backup_minute

        bgwriter_delay = self.bgwriter_delay

        bgwriter_flush_after = self.bgwriter_flush_after

        bgwriter_lru_maxpages = self.bgwriter_lru_maxpages

        bgwriter_lru_multiplier = self.bgwriter_lru_multiplier

        deadlock_timeout = self.deadlock_timeout

        default_toast_compression: str | Unset = UNSET
        if not isinstance(self.default_toast_compression, Unset):
            default_toast_compression = self.default_toast_compression.value

        idle_in_transaction_session_timeout = self.idle_in_transaction_session_timeout

        jit = self.jit

        log_autovacuum_min_duration = self.log_autovacuum_min_duration

        log_error_verbosity: str | Unset = UNSET
        if not isinstance(self.log_error_verbosity, Unset):
            log_error_verbosity = self.log_error_verbosity.value

        log_line_prefix: str | Unset = UNSET
        if not isinstance(self.log_line_prefix, Unset):
            log_line_prefix = self.log_line_prefix.value

        log_min_duration_statement = self.log_min_duration_statement

        max_files_per_process = self.max_files_per_process

        max_prepared_transactions = self.max_prepared_transactions

        max_pred_locks_per_transaction = self.max_pred_locks_per_transaction

        max_locks_per_transaction = self.max_locks_per_transaction

        max_stack_depth = self.max_stack_depth

        max_standby_archive_delay = self.max_standby_archive_delay

        max_standby_streaming_delay = self.max_standby_streaming_delay

        max_replication_slots = self.max_replication_slots

        max_logical_replication_workers = self.max_logical_replication_workers

        max_parallel_workers = self.max_parallel_workers

        max_parallel_workers_per_gather = self.max_parallel_workers_per_gather

        max_worker_processes = self.max_worker_processes

        pg_partman_bgw_role = self.pg_partman_bgw_role

        pg_partman_bgw_interval = self.pg_partman_bgw_interval

        pg_stat_statements_track: str | Unset = UNSET
        if not isinstance(self.pg_stat_statements_track, Unset):
            pg_stat_statements_track = self.pg_stat_statements_track.value

        temp_file_limit = self.temp_file_limit

        timezone = self.timezone

        track_activity_query_size = self.track_activity_query_size

        track_commit_timestamp: str | Unset = UNSET
        if not isinstance(self.track_commit_timestamp, Unset):
            track_commit_timestamp = self.track_commit_timestamp.value

        track_functions: str | Unset = UNSET
        if not isinstance(self.track_functions, Unset):
            track_functions = self.track_functions.value

        track_io_timing: str | Unset = UNSET
        if not isinstance(self.track_io_timing, Unset):
            track_io_timing = self.track_io_timing.value

        max_wal_senders = self.max_wal_senders

        wal_sender_timeout = self.wal_sender_timeout

        wal_writer_delay = self.wal_writer_delay

        shared_buffers_percentage = self.shared_buffers_percentage

        pgbouncer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pgbouncer, Unset):
            pgbouncer = self.pgbouncer.to_dict()

        work_mem = self.work_mem

        timescaledb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timescaledb, Unset):
            timescaledb = self.timescaledb.to_dict()

        synchronous_replication: str | Unset = UNSET
        if not isinstance(self.synchronous_replication, Unset):
            synchronous_replication = self.synchronous_replication.value

        stat_monitor_enable = self.stat_monitor_enable

        max_failover_replication_time_lag = self.max_failover_replication_time_lag

        max_connections = self.max_connections

        max_slot_wal_keep_size = self.max_slot_wal_keep_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autovacuum_freeze_max_age is not UNSET:
            field_dict["autovacuum_freeze_max_age"] = autovacuum_freeze_max_age
        if autovacuum_max_workers is not UNSET:
            field_dict["autovacuum_max_workers"] = autovacuum_max_workers
        if autovacuum_naptime is not UNSET:
            field_dict["autovacuum_naptime"] = autovacuum_naptime
        if autovacuum_vacuum_threshold is not UNSET:
            field_dict["autovacuum_vacuum_threshold"] = autovacuum_vacuum_threshold
        if autovacuum_analyze_threshold is not UNSET:
            field_dict["autovacuum_analyze_threshold"] = autovacuum_analyze_threshold
        if autovacuum_vacuum_scale_factor is not UNSET:
            field_dict["autovacuum_vacuum_scale_factor"] = (
                autovacuum_vacuum_scale_factor
            )
        if autovacuum_analyze_scale_factor is not UNSET:
            field_dict["autovacuum_analyze_scale_factor"] = (
                autovacuum_analyze_scale_factor
            )
        if autovacuum_vacuum_cost_delay is not UNSET:
            field_dict["autovacuum_vacuum_cost_delay"] = autovacuum_vacuum_cost_delay
        if autovacuum_vacuum_cost_limit is not UNSET:
            field_dict["autovacuum_vacuum_cost_limit"] = autovacuum_vacuum_cost_limit
        if backup_hour is not UNSET:
            field_dict["backup_hour"] = backup_hour
        if backup_minute is not UNSET:
            field_dict["backup_minute"] = backup_minute
        if bgwriter_delay is not UNSET:
            field_dict["bgwriter_delay"] = bgwriter_delay
        if bgwriter_flush_after is not UNSET:
            field_dict["bgwriter_flush_after"] = bgwriter_flush_after
        if bgwriter_lru_maxpages is not UNSET:
            field_dict["bgwriter_lru_maxpages"] = bgwriter_lru_maxpages
        if bgwriter_lru_multiplier is not UNSET:
            field_dict["bgwriter_lru_multiplier"] = bgwriter_lru_multiplier
        if deadlock_timeout is not UNSET:
            field_dict["deadlock_timeout"] = deadlock_timeout
        if default_toast_compression is not UNSET:
            field_dict["default_toast_compression"] = default_toast_compression
        if idle_in_transaction_session_timeout is not UNSET:
            field_dict["idle_in_transaction_session_timeout"] = (
                idle_in_transaction_session_timeout
            )
        if jit is not UNSET:
            field_dict["jit"] = jit
        if log_autovacuum_min_duration is not UNSET:
            field_dict["log_autovacuum_min_duration"] = log_autovacuum_min_duration
        if log_error_verbosity is not UNSET:
            field_dict["log_error_verbosity"] = log_error_verbosity
        if log_line_prefix is not UNSET:
            field_dict["log_line_prefix"] = log_line_prefix
        if log_min_duration_statement is not UNSET:
            field_dict["log_min_duration_statement"] = log_min_duration_statement
        if max_files_per_process is not UNSET:
            field_dict["max_files_per_process"] = max_files_per_process
        if max_prepared_transactions is not UNSET:
            field_dict["max_prepared_transactions"] = max_prepared_transactions
        if max_pred_locks_per_transaction is not UNSET:
            field_dict["max_pred_locks_per_transaction"] = (
                max_pred_locks_per_transaction
            )
        if max_locks_per_transaction is not UNSET:
            field_dict["max_locks_per_transaction"] = max_locks_per_transaction
        if max_stack_depth is not UNSET:
            field_dict["max_stack_depth"] = max_stack_depth
        if max_standby_archive_delay is not UNSET:
            field_dict["max_standby_archive_delay"] = max_standby_archive_delay
        if max_standby_streaming_delay is not UNSET:
            field_dict["max_standby_streaming_delay"] = max_standby_streaming_delay
        if max_replication_slots is not UNSET:
            field_dict["max_replication_slots"] = max_replication_slots
        if max_logical_replication_workers is not UNSET:
            field_dict["max_logical_replication_workers"] = (
                max_logical_replication_workers
            )
        if max_parallel_workers is not UNSET:
            field_dict["max_parallel_workers"] = max_parallel_workers
        if max_parallel_workers_per_gather is not UNSET:
            field_dict["max_parallel_workers_per_gather"] = (
                max_parallel_workers_per_gather
            )
        if max_worker_processes is not UNSET:
            field_dict["max_worker_processes"] = max_worker_processes
        if pg_partman_bgw_role is not UNSET:
            field_dict["pg_partman_bgw.role"] = pg_partman_bgw_role
        if pg_partman_bgw_interval is not UNSET:
            field_dict["pg_partman_bgw.interval"] = pg_partman_bgw_interval
        if pg_stat_statements_track is not UNSET:
            field_dict["pg_stat_statements.track"] = pg_stat_statements_track
        if temp_file_limit is not UNSET:
            field_dict["temp_file_limit"] = temp_file_limit
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if track_activity_query_size is not UNSET:
            field_dict["track_activity_query_size"] = track_activity_query_size
        if track_commit_timestamp is not UNSET:
            field_dict["track_commit_timestamp"] = track_commit_timestamp
        if track_functions is not UNSET:
            field_dict["track_functions"] = track_functions
        if track_io_timing is not UNSET:
            field_dict["track_io_timing"] = track_io_timing
        if max_wal_senders is not UNSET:
            field_dict["max_wal_senders"] = max_wal_senders
        if wal_sender_timeout is not UNSET:
            field_dict["wal_sender_timeout"] = wal_sender_timeout
        if wal_writer_delay is not UNSET:
            field_dict["wal_writer_delay"] = wal_writer_delay
        if shared_buffers_percentage is not UNSET:
            field_dict["shared_buffers_percentage"] = shared_buffers_percentage
        if pgbouncer is not UNSET:
            field_dict["pgbouncer"] = pgbouncer
        if work_mem is not UNSET:
            field_dict["work_mem"] = work_mem
        if timescaledb is not UNSET:
            field_dict["timescaledb"] = timescaledb
        if synchronous_replication is not UNSET:
            field_dict["synchronous_replication"] = synchronous_replication
        if stat_monitor_enable is not UNSET:
            field_dict["stat_monitor_enable"] = stat_monitor_enable
        if max_failover_replication_time_lag is not UNSET:
            field_dict["max_failover_replication_time_lag"] = (
                max_failover_replication_time_lag
            )
        if max_connections is not UNSET:
            field_dict["max_connections"] = max_connections
        if max_slot_wal_keep_size is not UNSET:
            field_dict["max_slot_wal_keep_size"] = max_slot_wal_keep_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pgbouncer_advanced_config import PgbouncerAdvancedConfig
        from ..models.timescaledb_advanced_config import TimescaledbAdvancedConfig

        d = dict(src_dict)
        autovacuum_freeze_max_age = d.pop("autovacuum_freeze_max_age", UNSET)

        autovacuum_max_workers = d.pop("autovacuum_max_workers", UNSET)

        autovacuum_naptime = d.pop("autovacuum_naptime", UNSET)

        autovacuum_vacuum_threshold = d.pop("autovacuum_vacuum_threshold", UNSET)

        autovacuum_analyze_threshold = d.pop("autovacuum_analyze_threshold", UNSET)

        autovacuum_vacuum_scale_factor = d.pop("autovacuum_vacuum_scale_factor", UNSET)

        autovacuum_analyze_scale_factor = d.pop(
            "autovacuum_analyze_scale_factor", UNSET
        )

        autovacuum_vacuum_cost_delay = d.pop("autovacuum_vacuum_cost_delay", UNSET)

        autovacuum_vacuum_cost_limit = d.pop("autovacuum_vacuum_cost_limit", UNSET)

        backup_hour = d.pop("backup_hour", UNSET)

        backup_minute = d.pop("backup_minute", UNSET)

        bgwriter_delay = d.pop("bgwriter_delay", UNSET)

        bgwriter_flush_after = d.pop("bgwriter_flush_after", UNSET)

        bgwriter_lru_maxpages = d.pop("bgwriter_lru_maxpages", UNSET)

        bgwriter_lru_multiplier = d.pop("bgwriter_lru_multiplier", UNSET)

        deadlock_timeout = d.pop("deadlock_timeout", UNSET)

        _default_toast_compression = d.pop("default_toast_compression", UNSET)
        default_toast_compression: PostgresAdvancedConfigDefaultToastCompression | Unset
        if isinstance(_default_toast_compression, Unset):
            default_toast_compression = UNSET
        else:
            default_toast_compression = PostgresAdvancedConfigDefaultToastCompression(
                _default_toast_compression
            )

        idle_in_transaction_session_timeout = d.pop(
            "idle_in_transaction_session_timeout", UNSET
        )

        jit = d.pop("jit", UNSET)

        log_autovacuum_min_duration = d.pop("log_autovacuum_min_duration", UNSET)

        _log_error_verbosity = d.pop("log_error_verbosity", UNSET)
        log_error_verbosity: PostgresAdvancedConfigLogErrorVerbosity | Unset
        if isinstance(_log_error_verbosity, Unset):
            log_error_verbosity = UNSET
        else:
            log_error_verbosity = PostgresAdvancedConfigLogErrorVerbosity(
                _log_error_verbosity
            )

        _log_line_prefix = d.pop("log_line_prefix", UNSET)
        log_line_prefix: PostgresAdvancedConfigLogLinePrefix | Unset
        if isinstance(_log_line_prefix, Unset):
            log_line_prefix = UNSET
        else:
            log_line_prefix = PostgresAdvancedConfigLogLinePrefix(_log_line_prefix)

        log_min_duration_statement = d.pop("log_min_duration_statement", UNSET)

        max_files_per_process = d.pop("max_files_per_process", UNSET)

        max_prepared_transactions = d.pop("max_prepared_transactions", UNSET)

        max_pred_locks_per_transaction = d.pop("max_pred_locks_per_transaction", UNSET)

        max_locks_per_transaction = d.pop("max_locks_per_transaction", UNSET)

        max_stack_depth = d.pop("max_stack_depth", UNSET)

        max_standby_archive_delay = d.pop("max_standby_archive_delay", UNSET)

        max_standby_streaming_delay = d.pop("max_standby_streaming_delay", UNSET)

        max_replication_slots = d.pop("max_replication_slots", UNSET)

        max_logical_replication_workers = d.pop(
            "max_logical_replication_workers", UNSET
        )

        max_parallel_workers = d.pop("max_parallel_workers", UNSET)

        max_parallel_workers_per_gather = d.pop(
            "max_parallel_workers_per_gather", UNSET
        )

        max_worker_processes = d.pop("max_worker_processes", UNSET)

        pg_partman_bgw_role = d.pop("pg_partman_bgw.role", UNSET)

        pg_partman_bgw_interval = d.pop("pg_partman_bgw.interval", UNSET)

        _pg_stat_statements_track = d.pop("pg_stat_statements.track", UNSET)
        pg_stat_statements_track: PostgresAdvancedConfigPgStatStatementsTrack | Unset
        if isinstance(_pg_stat_statements_track, Unset):
            pg_stat_statements_track = UNSET
        else:
            pg_stat_statements_track = PostgresAdvancedConfigPgStatStatementsTrack(
                _pg_stat_statements_track
            )

        temp_file_limit = d.pop("temp_file_limit", UNSET)

        timezone = d.pop("timezone", UNSET)

        track_activity_query_size = d.pop("track_activity_query_size", UNSET)

        _track_commit_timestamp = d.pop("track_commit_timestamp", UNSET)
        track_commit_timestamp: PostgresAdvancedConfigTrackCommitTimestamp | Unset
        if isinstance(_track_commit_timestamp, Unset):
            track_commit_timestamp = UNSET
        else:
            track_commit_timestamp = PostgresAdvancedConfigTrackCommitTimestamp(
                _track_commit_timestamp
            )

        _track_functions = d.pop("track_functions", UNSET)
        track_functions: PostgresAdvancedConfigTrackFunctions | Unset
        if isinstance(_track_functions, Unset):
            track_functions = UNSET
        else:
            track_functions = PostgresAdvancedConfigTrackFunctions(_track_functions)

        _track_io_timing = d.pop("track_io_timing", UNSET)
        track_io_timing: PostgresAdvancedConfigTrackIoTiming | Unset
        if isinstance(_track_io_timing, Unset):
            track_io_timing = UNSET
        else:
            track_io_timing = PostgresAdvancedConfigTrackIoTiming(_track_io_timing)

        max_wal_senders = d.pop("max_wal_senders", UNSET)

        wal_sender_timeout = d.pop("wal_sender_timeout", UNSET)

        wal_writer_delay = d.pop("wal_writer_delay", UNSET)

        shared_buffers_percentage = d.pop("shared_buffers_percentage", UNSET)

        _pgbouncer = d.pop("pgbouncer", UNSET)
        pgbouncer: PgbouncerAdvancedConfig | Unset
        if isinstance(_pgbouncer, Unset):
            pgbouncer = UNSET
        else:
            pgbouncer = PgbouncerAdvancedConfig.from_dict(_pgbouncer)

        work_mem = d.pop("work_mem", UNSET)

        _timescaledb = d.pop("timescaledb", UNSET)
        timescaledb: TimescaledbAdvancedConfig | Unset
        if isinstance(_timescaledb, Unset):
            timescaledb = UNSET
        else:
            timescaledb = TimescaledbAdvancedConfig.from_dict(_timescaledb)

        _synchronous_replication = d.pop("synchronous_replication", UNSET)
        synchronous_replication: PostgresAdvancedConfigSynchronousReplication | Unset
        if isinstance(_synchronous_replication, Unset):
            synchronous_replication = UNSET
        else:
            synchronous_replication = PostgresAdvancedConfigSynchronousReplication(
                _synchronous_replication
            )

        stat_monitor_enable = d.pop("stat_monitor_enable", UNSET)

        max_failover_replication_time_lag = d.pop(
            "max_failover_replication_time_lag", UNSET
        )

        max_connections = d.pop("max_connections", UNSET)

        max_slot_wal_keep_size = d.pop("max_slot_wal_keep_size", UNSET)

        postgres_advanced_config = cls(
            autovacuum_freeze_max_age=autovacuum_freeze_max_age,
            autovacuum_max_workers=autovacuum_max_workers,
            autovacuum_naptime=autovacuum_naptime,
            autovacuum_vacuum_threshold=autovacuum_vacuum_threshold,
            autovacuum_analyze_threshold=autovacuum_analyze_threshold,
            autovacuum_vacuum_scale_factor=autovacuum_vacuum_scale_factor,
            autovacuum_analyze_scale_factor=autovacuum_analyze_scale_factor,
            autovacuum_vacuum_cost_delay=autovacuum_vacuum_cost_delay,
            autovacuum_vacuum_cost_limit=autovacuum_vacuum_cost_limit,
            backup_hour=backup_hour,
            backup_minute=backup_minute,
            bgwriter_delay=bgwriter_delay,
            bgwriter_flush_after=bgwriter_flush_after,
            bgwriter_lru_maxpages=bgwriter_lru_maxpages,
            bgwriter_lru_multiplier=bgwriter_lru_multiplier,
            deadlock_timeout=deadlock_timeout,
            default_toast_compression=default_toast_compression,
            idle_in_transaction_session_timeout=idle_in_transaction_session_timeout,
            jit=jit,
            log_autovacuum_min_duration=log_autovacuum_min_duration,
            log_error_verbosity=log_error_verbosity,
            log_line_prefix=log_line_prefix,
            log_min_duration_statement=log_min_duration_statement,
            max_files_per_process=max_files_per_process,
            max_prepared_transactions=max_prepared_transactions,
            max_pred_locks_per_transaction=max_pred_locks_per_transaction,
            max_locks_per_transaction=max_locks_per_transaction,
            max_stack_depth=max_stack_depth,
            max_standby_archive_delay=max_standby_archive_delay,
            max_standby_streaming_delay=max_standby_streaming_delay,
            max_replication_slots=max_replication_slots,
            max_logical_replication_workers=max_logical_replication_workers,
            max_parallel_workers=max_parallel_workers,
            max_parallel_workers_per_gather=max_parallel_workers_per_gather,
            max_worker_processes=max_worker_processes,
            pg_partman_bgw_role=pg_partman_bgw_role,
            pg_partman_bgw_interval=pg_partman_bgw_interval,
            pg_stat_statements_track=pg_stat_statements_track,
            temp_file_limit=temp_file_limit,
            timezone=timezone,
            track_activity_query_size=track_activity_query_size,
            track_commit_timestamp=track_commit_timestamp,
            track_functions=track_functions,
            track_io_timing=track_io_timing,
            max_wal_senders=max_wal_senders,
            wal_sender_timeout=wal_sender_timeout,
            wal_writer_delay=wal_writer_delay,
            shared_buffers_percentage=shared_buffers_percentage,
            pgbouncer=pgbouncer,
            work_mem=work_mem,
            timescaledb=timescaledb,
            synchronous_replication=synchronous_replication,
            stat_monitor_enable=stat_monitor_enable,
            max_failover_replication_time_lag=max_failover_replication_time_lag,
            max_connections=max_connections,
            max_slot_wal_keep_size=max_slot_wal_keep_size,
        )

        postgres_advanced_config.additional_properties = d
        return postgres_advanced_config

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
