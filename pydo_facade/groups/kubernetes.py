"""client.kubernetes: every kubernetes operation, plus wait_until_running()."""

from __future__ import annotations

from typing import Any, cast

from pydo_generated.groups.kubernetes import AsyncKubernetesOperations as _GeneratedAsync
from pydo_generated.groups.kubernetes import KubernetesOperations as _Generated

from .. import _constants as C
from .._waiting import ProgressCallback, Settling, asettle, poll_for, raw_twin, settle, status_settling

__all__ = ["AsyncKubernetesOperations", "KubernetesOperations"]

FAILED_STATES = frozenset({"error", "invalid", "deleting", "deleted"})
"""Cluster states a wait for "running" will not come back from."""


def _state(cluster: dict[str, Any]) -> object:
    status = cluster.get("status")
    return status.get("state") if isinstance(status, dict) else None


def _running(cluster_id: object) -> Settling:
    return status_settling(f"Kubernetes cluster {cluster_id}", "kubernetes_cluster", "running", FAILED_STATES, _state)


class KubernetesOperations(_Generated):
    """client.kubernetes: every kubernetes operation, plus wait_until_running()."""

    def wait_until_running(
        self,
        cluster_id: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll kubernetes.get_cluster until status.state is "running"; returns the cluster (the bare dict).

        >>> cluster = client.kubernetes.create_cluster(
        ...     {"name": "prod", "region": "nyc3", "version": "1.29.1-do.0",
        ...      "node_pools": [{"size": "s-1vcpu-2gb", "count": 3, "name": "workers"}]}
        ... )
        >>> client.kubernetes.wait_until_running(cluster["kubernetes_cluster"]["id"])["status"]["state"]
        'running'

        "error", "invalid", "deleting" and "deleted" raise WaitFailedError with the cluster as `.resource`.
        """
        raw = raw_twin(self)
        poll = poll_for(self, _running(cluster_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", settle(poll, lambda left: raw.get_cluster(cluster_id, timeout=left)))


class AsyncKubernetesOperations(_GeneratedAsync):
    """client.kubernetes of an AsyncClient, plus wait_until_running() (awaitable)."""

    async def wait_until_running(
        self,
        cluster_id: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll until the cluster is running (see KubernetesOperations.wait_until_running)."""
        raw = raw_twin(self)
        poll = poll_for(self, _running(cluster_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", await asettle(poll, lambda left: raw.get_cluster(cluster_id, timeout=left)))
