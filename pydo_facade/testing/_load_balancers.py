"""The Load Balancers family of FakeDigitalOcean: load balancers whose status advances as they are polled.

A load balancer is ``new`` when made and ``active`` from the next GET of it on, unless scripted
(``script_load_balancers`` or ``add_load_balancer(statuses=...)``: one status per GET, ``errored`` is final).
"""

from __future__ import annotations

import itertools
import re
import uuid
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import Progress, Scripts, check_statuses, example, keep_changes, merge, misfit, now, page, region

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["LoadBalancersState"]

STATUSES = ("new", "active", "errored")
"""The statuses the spec knows for a load balancer."""
FINAL_STATUSES = frozenset({"errored"})
DEFAULT_SCRIPT = ("new", "active")
# Fields of the answer a request does not set.
_READ_ONLY = ("id", "ip", "ipv6", "status", "created_at", "region")


class LoadBalancersState:
    """Each load balancer's JSON by id, its scripted statuses, and the scripts of the next ones made."""

    def __init__(self) -> None:
        self.load_balancers: dict[str, dict[str, Any]] = {}
        self.progress: dict[str, Progress] = {}
        self.scripts = Scripts(DEFAULT_SCRIPT)
        self._addresses = itertools.count(10)

    @staticmethod
    def check_script(statuses: object) -> tuple[str, ...]:
        """A script of statuses, checked (TypeError or ValueError naming the problem)."""
        return check_statuses("statuses", statuses, STATUSES, FINAL_STATUSES)

    def build(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A new load balancer's JSON from a create body: the spec's example with the body's fields."""
        balancer = example("loadBalancers_create", "load_balancer")
        merge(balancer, fields, skip=_READ_ONLY)
        address = next(self._addresses)
        balancer.update(id=str(uuid.uuid4()), ip=f"203.0.113.{address % 250 + 1}", created_at=now())
        balancer.pop("ipv6", None)
        if isinstance(fields.get("region"), str):
            balancer["region"] = region(fields["region"])
        if "tag" in fields:  # a load balancer has droplets by tag or by id, not both
            balancer.pop("droplet_ids", None)
        elif "droplet_ids" in fields:
            balancer["tag"] = ""
        return balancer

    def keep(self, balancer: dict[str, Any], progress: Progress) -> dict[str, Any]:
        self.load_balancers[balancer["id"]] = balancer
        self.progress[balancer["id"]] = progress
        balancer["status"] = progress.status
        return balancer

    def observe(self, balancer_id: str) -> dict[str, Any]:
        """The load balancer at a GET: one status further on."""
        progress = self.progress[balancer_id]
        progress.advance()
        balancer = self.load_balancers[balancer_id]
        balancer["status"] = progress.status
        return balancer


@handles("loadBalancers_create")
def create_load_balancer(request: ParsedRequest, state: FakeState) -> Answer:
    """A new load balancer, in the first status of its script (``new``)."""
    balancer = state.load_balancers.build(request.body or {})
    progress = state.load_balancers.scripts.next()
    balancer["status"] = progress.status
    refused = misfit(request, {"load_balancer": balancer})
    if refused is not None:
        return refused
    return Answer(202, {"load_balancer": state.load_balancers.keep(balancer, progress)})


@handles("loadBalancers_list")
def list_load_balancers(request: ParsedRequest, state: FakeState) -> Answer:
    balancers = list(state.load_balancers.load_balancers.values())
    return Answer(200, page(request, "load_balancers", balancers))


@handles("loadBalancers_get")
def get_load_balancer(request: ParsedRequest, state: FakeState) -> Answer:
    if request.path_params["lb_id"] not in state.load_balancers.load_balancers:
        return request.error(404)
    return Answer(200, {"load_balancer": state.load_balancers.observe(request.path_params["lb_id"])})


@handles("loadBalancers_update")
def update_load_balancer(request: ParsedRequest, state: FakeState) -> Answer:
    """The load balancer with the body's fields (its status goes on as scripted)."""
    found = state.load_balancers.load_balancers.get(request.path_params["lb_id"])
    if found is None:
        return request.error(404)
    body = request.body or {}
    changed = merge(dict(found), body, skip=_READ_ONLY)
    if isinstance(body.get("region"), str):
        changed["region"] = region(body["region"])
    return keep_changes(request, found, changed, "load_balancer", 200)


@handles("loadBalancers_delete")
def delete_load_balancer(request: ParsedRequest, state: FakeState) -> Answer:
    if state.load_balancers.load_balancers.pop(request.path_params["lb_id"], None) is None:
        return request.error(404)
    del state.load_balancers.progress[request.path_params["lb_id"]]
    return Answer(204)


# --- what FakeDigitalOcean's knobs call -------------------------------------------------------------------

_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{0,254}")
_REGION = re.compile(r"[a-z]{3}[0-9]")


def check_name(argument: str, value: object, *, optional: bool = True) -> str | None:
    """A resource name (lower-case letters, digits, ``.`` and ``-``) or None, checked (TypeError/ValueError)."""
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise TypeError(
            f"{argument} must be a str{' or None' if optional else ''}, got {value!r} ({type(value).__name__})"
        )
    if not _NAME.fullmatch(value):
        raise ValueError(f"{argument} must be lower-case letters, digits, '.' and '-', got {value!r}")
    return value


def check_region(value: object) -> str:
    """A region slug such as ``nyc3``, checked (TypeError/ValueError)."""
    if not isinstance(value, str):
        raise TypeError(f"region must be a region slug (str), got {value!r} ({type(value).__name__})")
    if not _REGION.fullmatch(value):
        raise ValueError(f"region must be a region slug such as 'nyc3', got {value!r}")
    return value


def add_load_balancer(
    state: LoadBalancersState, name: str | None, region_slug: str, statuses: tuple[str, ...]
) -> dict[str, Any]:
    """A load balancer made as the spec's example is, with these statuses; its JSON."""
    fields = {"name": name or f"lb-{len(state.load_balancers) + 1}", "region": region_slug, "droplet_ids": []}
    balancer = state.build(fields)
    return state.keep(balancer, Progress(statuses))
