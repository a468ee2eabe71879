"""client.actions: every actions operation, plus wait(): poll an action until it is completed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from pydo_generated.groups.actions import ActionsOperations as _Generated
from pydo_generated.groups.actions import AsyncActionsOperations as _GeneratedAsync

from .. import _constants as C
from .._waiting import (
    FAILED,
    PENDING,
    READY,
    ProgressCallback,
    Settling,
    asettle,
    check_wait_arguments,
    is_async,
    member,
    poll_for,
    raw_twin,
    settle,
)
from ..exceptions import ActionFailedError, ActionTimeoutError

__all__ = ["ActionsOperations", "AsyncActionsOperations", "action_of"]

_ACTION_STATES = {"completed": READY, "errored": FAILED}
_NFS_ACTION_STATES = {"COMPLETED": READY, "ACTION_FAILED": FAILED}
_NFS_STATUSES = frozenset({"IN_PROGRESS", *_NFS_ACTION_STATES})
_NFS_RESOURCE_TYPES = frozenset({"SHARE", "SNAPSHOT"})
"""An NFS action's resource types. Every other action has a resource_type and a region_slug too ("droplet")."""


def action_of(action: object) -> dict[str, Any] | int | str:
    """The action a wait is for: an id, the dict an action-returning call answered, or a bare action.

    `droplets.create`'s answer names its create action in `links.actions`; that is the one waited for.
    """
    if isinstance(action, bool) or not isinstance(action, int | str | Mapping):
        raise TypeError(f"action must be an action id or an action dict, got {type(action).__name__}")
    if not isinstance(action, Mapping):
        return action
    if isinstance(action.get("action"), Mapping):
        action = action["action"]
    elif isinstance(action.get("links"), Mapping) and isinstance(action["links"].get("actions"), list):
        actions = [a for a in action["links"]["actions"] if isinstance(a, Mapping)]
        if len(actions) != 1:
            raise ValueError(
                f"the answer names {len(actions)} actions in links.actions: wait on each "
                "(for action in answer['links']['actions']: client.actions.wait(action))"
            )
        action = actions[0]
    assert isinstance(action, Mapping)
    if "id" not in action:
        raise ValueError("the action dict has no 'id' (pass an action id, or what the call that started it answered)")
    return dict(action)


def _action_settling(action_id: object) -> Settling:
    def state(action: dict[str, Any]) -> str:
        status = action.get("status")
        return _ACTION_STATES.get(status, PENDING) if isinstance(status, str) else PENDING

    def failed(action: dict[str, Any]) -> ActionFailedError:
        return ActionFailedError(f"action {action_id} ({action.get('type')}) errored", action=action)

    return Settling(
        what=f"action {action_id}",
        goal="completed",
        read=lambda raw: member(raw, "action", "GET /v2/actions/{action_id}"),
        state=state,
        failed=failed,
        timed_out=lambda action, timeout, message: ActionTimeoutError(message, action=action, timeout=timeout),
        describe=lambda action: f"status {action.get('status')!r}",
    )


def _nfs_settling(action: dict[str, Any]) -> tuple[Settling, str, str]:
    """How an NFS action is waited for: through the share, snapshot or access point it acts on (it has no GET).

    Returns the settling, the nfs group method to poll, and the resource key of its answer.
    """
    kind = str(action.get("resource_type", "SHARE")).upper()
    action_type = str(action.get("type", "")).upper()
    if "ACCESS_POINT" in action_type:  # access point mutations name the access point as their resource
        method, key, kind = "get_access_point", "access_point", "ACCESS POINT"
    elif kind == "SNAPSHOT":
        method, key = "get_snapshot", "snapshot"
    else:
        method, key = "get", "share"

    deleting = action_type.startswith("DELETE")
    settled = _nfs_settled(kind, action_type)

    def state(resource: dict[str, Any]) -> str:
        status = resource.get("status")
        if not isinstance(status, str):
            return PENDING
        status = status.removeprefix("ACCESS_POINT_")  # an access point's states: ACCESS_POINT_ACTIVE...
        if status == "FAILED":
            return FAILED
        return READY if status in settled else PENDING

    def failed(resource: dict[str, Any]) -> ActionFailedError:
        status = resource.get("status")
        message = f"NFS action {action.get('id')} ({action.get('type')}) failed: the {kind.lower()} is {status}"
        return ActionFailedError(message, action={**action, "status": "ACTION_FAILED"}, resource=resource)

    def timed_out(resource: Any, timeout: float, message: str) -> ActionTimeoutError:
        return ActionTimeoutError(message, action=action, timeout=timeout, resource=resource)

    settling = Settling(
        what=f"NFS action {action.get('id')} ({action.get('type')} on {kind.lower()} {action.get('resource_id')})",
        goal="completed",
        read=lambda raw: member(raw, key, f"GET of the NFS {kind.lower()}"),
        state=state,
        failed=failed,
        timed_out=timed_out,
        describe=lambda resource: f"{key} status {resource.get('status')!r}",
        result=lambda resource: {**action, "status": "COMPLETED"},
        gone_is_ready=deleting,
    )
    return settling, method, key


def _nfs_settled(kind: str, action_type: str) -> frozenset[str]:
    """The statuses (access points' without their ACCESS_POINT_ prefix) in which an NFS action is over.

    A delete is over once the thing shows DELETED (or answers 404). A share attached to no VPC settles as
    INACTIVE, not ACTIVE (a resize of one, a detach from its last VPC), except after an attach, which makes
    it ACTIVE.
    """
    if action_type.startswith("DELETE"):
        return frozenset({"DELETED"})
    if kind == "SHARE" and "ATTACH" not in action_type:
        return frozenset({"ACTIVE", "INACTIVE"})
    return frozenset({"ACTIVE"})


class ActionsOperations(_Generated):
    """client.actions: every actions operation, plus wait()."""

    def wait(
        self,
        action: int | str | Mapping[str, Any],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll an action until it is completed and return it (the bare action dict).

        >>> created = client.droplets.create(
        ...     {"name": "web-1", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "ubuntu-24-04-x64"}
        ... )
        >>> droplet_id = created["droplet"]["id"]
        >>> client.actions.wait(created)["type"]  # the droplet's create action
        'create'
        >>> client.actions.wait(client.droplet_actions.post(droplet_id, {"type": "reboot"}))["status"]
        'completed'

        action: an action id, or what an action-returning call answered ({"action": {...}}, the bare action,
        or droplets.create's answer, whose links.actions names its create action). Raises ActionFailedError
        when it errored and ActionTimeoutError (a TimeoutError) past `timeout`, both with `.action`. An NFS
        action (statuses IN_PROGRESS/COMPLETED/ACTION_FAILED, resource_type SHARE or SNAPSHOT) has no GET of
        its own: it is waited for through the share, snapshot or access point it acts on, and comes back
        with status COMPLETED.
        """
        target = action_of(action)
        check_wait_arguments(timeout, poll_interval, on_progress)
        raw = raw_twin(self)
        if isinstance(target, dict) and _is_nfs(target):
            settling, method, _ = _nfs_settling(target)
            if target.get("status") in _NFS_ACTION_STATES:
                return _finished_nfs(target)
            nfs = raw_twin(_nfs_group(self))
            fetch = getattr(nfs, method)
            resource, options = target.get("resource_id"), _nfs_options(method, target)
            poll = poll_for(self, settling, timeout, poll_interval, on_progress)
            return cast("dict[str, Any]", settle(poll, lambda left: fetch(resource, timeout=left, **options)))
        action_id = target["id"] if isinstance(target, dict) else target
        poll = poll_for(self, _action_settling(action_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", settle(poll, lambda left: raw.get(action_id, timeout=left)))


class AsyncActionsOperations(_GeneratedAsync):
    """client.actions of an AsyncClient: every actions operation, plus wait() (awaitable)."""

    async def wait(
        self,
        action: int | str | Mapping[str, Any],
        *,
        timeout: float = C.DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = C.DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
    ) -> dict[str, Any]:
        """Poll an action until it is completed and return it (see ActionsOperations.wait)."""
        target = action_of(action)
        check_wait_arguments(timeout, poll_interval, on_progress)
        raw = raw_twin(self)
        if isinstance(target, dict) and _is_nfs(target):
            settling, method, _ = _nfs_settling(target)
            if target.get("status") in _NFS_ACTION_STATES:
                return _finished_nfs(target)
            nfs = raw_twin(_nfs_group(self))
            fetch = getattr(nfs, method)
            resource, options = target.get("resource_id"), _nfs_options(method, target)
            poll = poll_for(self, settling, timeout, poll_interval, on_progress)
            return cast("dict[str, Any]", await asettle(poll, lambda left: fetch(resource, timeout=left, **options)))
        action_id = target["id"] if isinstance(target, dict) else target
        poll = poll_for(self, _action_settling(action_id), timeout, poll_interval, on_progress)
        return cast("dict[str, Any]", await asettle(poll, lambda left: raw.get(action_id, timeout=left)))


def _is_nfs(action: dict[str, Any]) -> bool:
    """An NFS action: its own statuses (IN_PROGRESS, COMPLETED, ACTION_FAILED) or resource types (SHARE, SNAPSHOT).

    Not "has resource_type and region_slug": every action has those (a droplet's: "droplet", "nyc3").
    """
    return action.get("status") in _NFS_STATUSES or action.get("resource_type") in _NFS_RESOURCE_TYPES


def _nfs_options(method: str, action: dict[str, Any]) -> dict[str, Any]:
    """The keywords of the NFS GET that follows an action: the share and snapshot GETs take the region."""
    return {} if method == "get_access_point" else {"region": action.get("region_slug")}


def _finished_nfs(action: dict[str, Any]) -> dict[str, Any]:
    """An NFS action already over: returned when COMPLETED, ActionFailedError when ACTION_FAILED."""
    if action.get("status") == "ACTION_FAILED":
        raise ActionFailedError(f"NFS action {action.get('id')} failed ({action.get('type')})", action=action)
    return action


def _nfs_group(group: Any) -> Any:
    """The nfs group on the same caller (NFS actions are polled through the share or snapshot)."""
    import importlib

    module = importlib.import_module("pydo_generated.groups.nfs")
    cls = module.AsyncNfsOperations if is_async(group) else module.NfsOperations
    return cls(group._call)
