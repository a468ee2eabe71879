"""The Firewalls family of FakeDigitalOcean: firewalls, their rules, droplets and tags.

A firewall is ``waiting`` (its droplets in ``pending_changes``) when made or changed, and ``succeeded``
from the next GET of it on. An update (PUT) replaces its name, rules, droplets and tags.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import Progress, misfit, now, page
from ._tags import check_tags

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["FirewallsState"]

_STATUSES = ("waiting", "succeeded")
_RULES = ("inbound_rules", "outbound_rules")
# The spec's pattern for a firewall name.
_NAME = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9.-]+")


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


class FirewallsState:
    """Each firewall's JSON by id, and where its last change is (``waiting`` until a GET sees it done)."""

    def __init__(self) -> None:
        self.firewalls: dict[str, dict[str, Any]] = {}
        self.progress: dict[str, Progress] = {}

    @staticmethod
    def build(fields: dict[str, Any]) -> dict[str, Any]:
        """A new firewall's JSON from a create body (or add_firewall's arguments)."""
        firewall: dict[str, Any] = {"id": str(uuid.uuid4()), "name": fields.get("name"), "status": "waiting"}
        for key in _RULES:
            firewall[key] = _copy(fields.get(key) or [])
        firewall["created_at"] = now()
        firewall["droplet_ids"] = list(fields.get("droplet_ids") or [])
        firewall["tags"] = list(fields.get("tags") or [])
        firewall["pending_changes"] = []
        return firewall

    def keep(self, firewall: dict[str, Any]) -> dict[str, Any]:
        """Keep the firewall as changed just now: ``waiting``, its droplets pending."""
        progress = Progress(_STATUSES)
        self.firewalls[firewall["id"]] = firewall
        self.progress[firewall["id"]] = progress
        self._show(firewall["id"])
        return firewall

    def observe(self, firewall_id: str) -> dict[str, Any]:
        """The firewall at a GET: its change done once seen."""
        self.progress[firewall_id].advance()
        return self._show(firewall_id)

    def _show(self, firewall_id: str) -> dict[str, Any]:
        firewall, status = self.firewalls[firewall_id], self.progress[firewall_id].status
        firewall["status"] = status
        pending = firewall["droplet_ids"] if status == "waiting" else []
        firewall["pending_changes"] = [{"droplet_id": d, "removing": False, "status": "waiting"} for d in pending]
        return firewall


def _found(request: ParsedRequest, state: FakeState) -> dict[str, Any] | None:
    return state.firewalls.firewalls.get(request.path_params["firewall_id"])


@handles("firewalls_create")
def create_firewall(request: ParsedRequest, state: FakeState) -> Answer:
    firewall = FirewallsState.build(request.body or {})
    refused = misfit(request, {"firewall": firewall})
    if refused is not None:
        return refused
    return Answer(202, {"firewall": state.firewalls.keep(firewall)})


@handles("firewalls_list")
def list_firewalls(request: ParsedRequest, state: FakeState) -> Answer:
    return Answer(200, page(request, "firewalls", list(state.firewalls.firewalls.values())))


@handles("firewalls_get")
def get_firewall(request: ParsedRequest, state: FakeState) -> Answer:
    firewall = _found(request, state)
    if firewall is None:
        return request.error(404)
    return Answer(200, {"firewall": state.firewalls.observe(firewall["id"])})


@handles("firewalls_update")
def update_firewall(request: ParsedRequest, state: FakeState) -> Answer:
    """The firewall with the body's name, rules, droplets and tags in place of its own."""
    firewall = _found(request, state)
    if firewall is None:
        return request.error(404)
    changed = {**FirewallsState.build(request.body or {}), "id": firewall["id"], "created_at": firewall["created_at"]}
    refused = misfit(request, {"firewall": changed})
    if refused is not None:
        return refused
    return Answer(200, {"firewall": state.firewalls.keep(changed)})


@handles("firewalls_delete")
def delete_firewall(request: ParsedRequest, state: FakeState) -> Answer:
    if state.firewalls.firewalls.pop(request.path_params["firewall_id"], None) is None:
        return request.error(404)
    del state.firewalls.progress[request.path_params["firewall_id"]]
    return Answer(204)


def _change(request: ParsedRequest, state: FakeState, keys: tuple[str, ...], *, add: bool) -> Answer:
    """Add the body's members of ``keys`` to the firewall's (``add``), or take them out; 204."""
    firewall = _found(request, state)
    if firewall is None:
        return request.error(404)
    body = request.body or {}
    for key in keys:
        members: list[Any] = firewall[key]
        for member in body.get(key) or []:
            if add and member not in members:
                members.append(_copy(member))
            elif not add and member in members:
                members.remove(member)
    state.firewalls.keep(firewall)
    return Answer(204)


@handles("firewalls_add_rules")
def add_rules(request: ParsedRequest, state: FakeState) -> Answer:
    return _change(request, state, _RULES, add=True)


@handles("firewalls_delete_rules")
def delete_rules(request: ParsedRequest, state: FakeState) -> Answer:
    """Rules equal to the body's are taken out."""
    return _change(request, state, _RULES, add=False)


@handles("firewalls_assign_droplets")
def assign_droplets(request: ParsedRequest, state: FakeState) -> Answer:
    return _change(request, state, ("droplet_ids",), add=True)


@handles("firewalls_delete_droplets")
def delete_droplets(request: ParsedRequest, state: FakeState) -> Answer:
    return _change(request, state, ("droplet_ids",), add=False)


@handles("firewalls_add_tags")
def add_tags(request: ParsedRequest, state: FakeState) -> Answer:
    return _change(request, state, ("tags",), add=True)


@handles("firewalls_delete_tags")
def delete_tags(request: ParsedRequest, state: FakeState) -> Answer:
    return _change(request, state, ("tags",), add=False)


def check_firewall(name: object, droplet_ids: object, tags: object) -> tuple[str, list[int], list[str]]:
    """add_firewall's arguments, checked (TypeError or ValueError naming the problem)."""
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, got {name!r} ({type(name).__name__})")
    if not _NAME.fullmatch(name):
        raise ValueError(f"name must start with a letter or digit, then letters, digits, '.' and '-': {name!r}")
    if isinstance(droplet_ids, str | bytes) or not isinstance(droplet_ids, Sequence):
        raise TypeError(f"droplet_ids must be a list of droplet ids (int), got {droplet_ids!r}")
    if not all(isinstance(d, int) and not isinstance(d, bool) for d in droplet_ids):
        raise TypeError(f"droplet_ids must be droplet ids (int), got {list(droplet_ids)!r}")
    return name, list(droplet_ids), check_tags(tags)


def add_firewall(state: FirewallsState, name: str, droplet_ids: list[int], tags: list[str]) -> dict[str, Any]:
    """A firewall letting SSH in and everything out, on these droplets and tags; its JSON (``succeeded``)."""
    everywhere = {"addresses": ["0.0.0.0/0", "::/0"]}
    fields = {"name": name, "droplet_ids": droplet_ids, "tags": tags}
    fields["inbound_rules"] = [{"protocol": "tcp", "ports": "22", "sources": everywhere}]
    fields["outbound_rules"] = [
        {"protocol": protocol, "ports": "all", "destinations": everywhere} for protocol in ("tcp", "udp")
    ]
    firewall = state.keep(FirewallsState.build(fields))
    return state.observe(firewall["id"])
