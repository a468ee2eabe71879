"""client.droplets: every droplets operation, plus wait_until_active()."""

from __future__ import annotations

from typing import Any, cast

from pydo_generated.groups.droplets import AsyncDropletsOperations as _GeneratedAsync
from pydo_generated.groups.droplets import DropletsOperations as _Generated

from .. import _constants as C
from .._waiting import ProgressCallback, Settling, asettle, poll_for, raw_twin, settle, status_settling

__all__ = ["AsyncDropletsOperations", "DropletsOperations"]


def _active(droplet_id: object) -> Settling:
    return status_settling(f"droplet {droplet_id}", "droplet", "active", frozenset(), lambda d: d.get("status"))


class DropletsOperations(_Generated):
    """client.droplets: every droplets operation, plus wait_until_active()."""

    def wait_until_active(
        self,
        droplet_id: int | str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll droplets.get until the droplet's status is "active"; returns the droplet (the bare dict).

        >>> created = client.droplets.create(
        ...     {"name": "web-1", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}
        ... )
        >>> client.droplets.wait_until_active(created["droplet"]["id"])["status"]
        'active'

        Raises WaitTimeoutError (a TimeoutError) past `timeout`, with the last droplet seen as `.resource`.
        """
        raw = raw_twin(self)
        poll = poll_for(self, _active(droplet_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", settle(poll, lambda left: raw.get(droplet_id, timeout=left)))


class AsyncDropletsOperations(_GeneratedAsync):
    """client.droplets of an AsyncClient, plus wait_until_active() (awaitable)."""

    async def wait_until_active(
        self,
        droplet_id: int | str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll until the droplet is active (see DropletsOperations.wait_until_active)."""
        raw = raw_twin(self)
        poll = poll_for(self, _active(droplet_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", await asettle(poll, lambda left: raw.get(droplet_id, timeout=left)))
