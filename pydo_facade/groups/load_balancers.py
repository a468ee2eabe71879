"""client.load_balancers: every load_balancers operation, plus wait_until_active()."""

from __future__ import annotations

from typing import Any, cast

from pydo_generated.groups.load_balancers import AsyncLoadBalancersOperations as _GeneratedAsync
from pydo_generated.groups.load_balancers import LoadBalancersOperations as _Generated

from .. import _constants as C
from .._waiting import ProgressCallback, Settling, asettle, poll_for, raw_twin, settle, status_settling

__all__ = ["AsyncLoadBalancersOperations", "LoadBalancersOperations"]


def _active(lb_id: object) -> Settling:
    return status_settling(
        f"load balancer {lb_id}", "load_balancer", "active", frozenset({"errored"}), lambda b: b.get("status")
    )


class LoadBalancersOperations(_Generated):
    """client.load_balancers: every load_balancers operation, plus wait_until_active()."""

    def wait_until_active(
        self,
        lb_id: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll load_balancers.get until the status is "active"; returns the load balancer (the bare dict).

        >>> rule = {"entry_protocol": "http", "entry_port": 80, "target_protocol": "http", "target_port": 80}
        >>> lb = client.load_balancers.create(
        ...     {"name": "web-lb", "region": "nyc3", "forwarding_rules": [rule], "tag": "web"}
        ... )
        >>> client.load_balancers.wait_until_active(lb["load_balancer"]["id"])["status"]
        'active'

        "errored" raises WaitFailedError with the load balancer as `.resource`.
        """
        raw = raw_twin(self)
        poll = poll_for(self, _active(lb_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", settle(poll, lambda left: raw.get(lb_id, timeout=left)))


class AsyncLoadBalancersOperations(_GeneratedAsync):
    """client.load_balancers of an AsyncClient, plus wait_until_active() (awaitable)."""

    async def wait_until_active(
        self,
        lb_id: str,
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll until the load balancer is active (see LoadBalancersOperations.wait_until_active)."""
        raw = raw_twin(self)
        poll = poll_for(self, _active(lb_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", await asettle(poll, lambda left: raw.get(lb_id, timeout=left)))
