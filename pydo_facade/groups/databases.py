"""client.databases: every databases operation, plus wait_until_online()."""

from __future__ import annotations

from typing import Any, cast

from pydo_generated.groups.databases import AsyncDatabasesOperations as _GeneratedAsync
from pydo_generated.groups.databases import DatabasesOperations as _Generated

from .. import _constants as C
from .._waiting import ProgressCallback, Settling, asettle, poll_for, raw_twin, settle, status_settling

__all__ = ["AsyncDatabasesOperations", "DatabasesOperations"]


def _online(cluster: object) -> Settling:
    return status_settling(f"database cluster {cluster}", "database", "online", frozenset(), lambda d: d.get("status"))


class DatabasesOperations(_Generated):
    """client.databases: every databases operation, plus wait_until_online()."""

    def wait_until_online(
        self,
        database_cluster_uuid: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll databases.get_cluster until the cluster's status is "online"; returns the cluster (bare dict).

        >>> created = client.databases.create_cluster(
        ...     {"name": "backend", "engine": "pg", "version": "16", "region": "nyc3", "size": "db-s-2vcpu-4gb",
        ...      "num_nodes": 2}
        ... )
        >>> client.databases.wait_until_online(created["database"]["id"])["status"]
        'online'
        """
        raw = raw_twin(self)
        poll = poll_for(self, _online(database_cluster_uuid), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", settle(poll, lambda left: raw.get_cluster(database_cluster_uuid, timeout=left)))


class AsyncDatabasesOperations(_GeneratedAsync):
    """client.databases of an AsyncClient, plus wait_until_online() (awaitable)."""

    async def wait_until_online(
        self,
        database_cluster_uuid: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll until the database cluster is online (see DatabasesOperations.wait_until_online)."""
        raw = raw_twin(self)
        poll = poll_for(self, _online(database_cluster_uuid), timeout, poll_interval, on_progress)
        return cast(
            "dict[str, Any]", await asettle(poll, lambda left: raw.get_cluster(database_cluster_uuid, timeout=left))
        )
