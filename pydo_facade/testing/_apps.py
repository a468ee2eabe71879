"""The Apps family of FakeDigitalOcean: apps, restarts and deployments whose phases advance with each poll."""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._handlers import Answer, ParsedRequest, handles
from ._resource import now as _now

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["AppsState"]

# What a restart's deployment shows without a script: the restart's answer, then one phase per poll.
_DEFAULT_PHASES: tuple[str, ...] = ("PENDING_DEPLOY", "DEPLOYING", "ACTIVE")
# The spec's pattern for app and component names (2-32 characters).
_NAME_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,30}[a-z0-9]$")
_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
"""What add_app takes as an id: a real one is a UUID, a README's a short hex string such as b6bdf840."""
# How the fake draws a deployment's progress in each phase; any other phase string counts as running.
_PENDING_PHASES = frozenset({"PENDING_BUILD", "PENDING_DEPLOY"})
_STOPPED_PHASES = frozenset({"CANCELED", "SUPERSEDED"})
_TERMINAL_PHASES = frozenset({"ACTIVE", "ERROR"}) | _STOPPED_PHASES


@dataclass(frozen=True)
class _Script:
    phases: tuple[str, ...]
    reason: dict[str, str] | None


@dataclass
class _App:
    id: str
    name: str
    components: tuple[str, ...]
    created_at: str
    spec: dict[str, Any]
    deployment_ids: list[str] = field(default_factory=list)


@dataclass
class _Deployment:
    """A deployment and where it is in its script; ``statuses`` holds one status per progress leaf step."""

    id: str
    spec: dict[str, Any]
    services: tuple[str, ...]
    restarted: tuple[str, ...]
    phases: tuple[str, ...]
    reason: dict[str, str] | None
    cause: str
    created_at: str
    updated_at: str
    phase_last_updated_at: str
    statuses: list[str]
    position: int = 0
    running_seen: int = 0

    @property
    def phase(self) -> str:
        return self.phases[self.position]


def _type_name(value: object) -> str:
    return type(value).__name__


def _is_running(phase: str) -> bool:
    return phase not in _PENDING_PHASES and phase not in _TERMINAL_PHASES


def _leaf_count(restarted: Sequence[str]) -> int:
    # initialize, then deploy + wait for each component, then finalize
    return 2 + 2 * len(restarted)


def _next_statuses(deployment: _Deployment) -> list[str]:
    """The progress leaves' statuses for the phase the deployment has just entered."""
    total = len(deployment.statuses)
    done = deployment.statuses.count("SUCCESS")
    phase = deployment.phase
    if phase == "ACTIVE":
        return ["SUCCESS"] * total
    if phase in _PENDING_PHASES:
        return ["PENDING"] * total
    if phase in _STOPPED_PHASES:
        return ["SUCCESS"] * done + ["PENDING"] * (total - done)
    if phase == "ERROR":
        # fail the step that was running, or the first component's deploy step when nothing ran yet
        failing = max(done, 1)
        return ["SUCCESS"] * failing + ["ERROR"] + ["PENDING"] * (total - failing - 1)
    # a running phase: spread the steps over the running phases the script has, never reaching the end
    planned = sum(1 for p in deployment.phases if _is_running(p))
    done = max(done, min(total - 1, math.ceil(total * deployment.running_seen / (planned + 1))))
    return ["SUCCESS"] * done + ["RUNNING"] + ["PENDING"] * (total - done - 1)


def _parent_status(children: Sequence[Mapping[str, Any]]) -> str:
    statuses = {child["status"] for child in children}
    if "ERROR" in statuses:
        return "ERROR"
    if "RUNNING" in statuses:
        return "RUNNING"
    if statuses == {"SUCCESS"}:
        return "SUCCESS"
    return "PENDING"


def _progress(deployment: _Deployment) -> dict[str, Any]:
    """The deployment's ``progress`` object: a ``deploy`` step tree like DigitalOcean's, and its counters."""
    statuses = iter(deployment.statuses)

    def leaf(name: str, component: str | None = None, message_base: str | None = None) -> dict[str, Any]:
        step: dict[str, Any] = {"name": name, "status": next(statuses)}
        if component is not None:
            step["component_name"] = component
        if message_base is not None:
            step["message_base"] = message_base
        if step["status"] == "ERROR" and deployment.reason is not None:
            step["reason"] = dict(deployment.reason)
        return step

    initialize = leaf("initialize")
    per_component = []
    for component in deployment.restarted:
        children = [leaf("deploy", component, "Deploying service"), leaf("wait", component, "Waiting for service")]
        per_component.append(
            {"name": component, "status": _parent_status(children), "steps": children, "component_name": component}
        )
    components = {"name": "components", "status": _parent_status(per_component), "steps": per_component}
    finalize = leaf("finalize")
    deploy_children = [initialize, components, finalize]
    progress: dict[str, Any] = {
        "pending_steps": deployment.statuses.count("PENDING"),
        "running_steps": deployment.statuses.count("RUNNING"),
        "success_steps": deployment.statuses.count("SUCCESS"),
        "error_steps": deployment.statuses.count("ERROR"),
        "total_steps": len(deployment.statuses),
    }
    # DigitalOcean's JSON leaves out zero counters (proto3), as the spec's example shows.
    progress = {key: count for key, count in progress.items() if count}
    progress["steps"] = [{"name": "deploy", "status": _parent_status(deploy_children), "steps": deploy_children}]
    return progress


def _deployment_json(deployment: _Deployment) -> dict[str, Any]:
    commit = hashlib.sha1(deployment.spec["name"].encode()).hexdigest()
    return {
        "id": deployment.id,
        "spec": json.loads(json.dumps(deployment.spec)),
        "services": [{"name": name, "source_commit_hash": commit} for name in deployment.services],
        "phase_last_updated_at": deployment.phase_last_updated_at,
        "created_at": deployment.created_at,
        "updated_at": deployment.updated_at,
        "cause": deployment.cause,
        "progress": _progress(deployment),
        "phase": deployment.phase,
        "tier_slug": "basic",
    }


def _check_components(components: object) -> list[str]:
    if isinstance(components, str | bytes):
        raise TypeError(f"components must be a list of names, not the string {components!r}")
    if components is not None and not isinstance(components, Iterable):
        raise TypeError(f"components must be a list of names (str) or None, got {components!r}")
    names = list(components) if components is not None else ["web"]
    for index, component in enumerate(names):
        if not isinstance(component, str):
            raise TypeError(f"components must be names (str), got {component!r} ({_type_name(component)}) at {index}")
    if not names:
        raise ValueError("an app needs at least one component")
    if len(set(names)) != len(names):
        raise ValueError(f"component names must be unique: {names}")
    return names


def _check_script(phases: object, reason: object) -> _Script:
    if not isinstance(phases, str) and not isinstance(phases, Iterable):
        raise TypeError(f"phases must be a list of phase names (str), got {phases!r}")
    scripted = () if isinstance(phases, str) else tuple(phases)
    for index, phase in enumerate(scripted):
        if not isinstance(phase, str):
            raise TypeError(f"phases must be phase names (str), got {phase!r} ({_type_name(phase)}) at {index}")
    if not scripted or not all(scripted):
        raise ValueError(f"phases must be a non-empty list of phase names, got {phases!r}")
    if reason is None:
        return _Script(scripted, None)
    if not isinstance(reason, Mapping):
        raise TypeError(f"reason must be a mapping of str to str or None, got {reason!r} ({_type_name(reason)})")
    for key, value in reason.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"reason must map str to str (such as code and message), got {key!r}: {value!r}")
    if "ERROR" not in scripted:
        raise ValueError("a reason is shown on the failing step of an ERROR deployment: add 'ERROR' to phases")
    return _Script(scripted, dict(reason))


class AppsState:
    """The apps a fake has, their deployments, and the scripted phases of the next restarts.

    Not thread-safe by itself: FakeDigitalOcean calls it, and its handlers run, under the fake's lock.
    """

    def __init__(self) -> None:
        self.apps: dict[str, _App] = {}
        self.deployments: dict[tuple[str, str], _Deployment] = {}
        self.scripts: deque[_Script] = deque()
        self.app_count = 0

    @staticmethod
    def check_id(app_id: object) -> str | None:
        """add_app's ``id``: None, or a str that can be one path segment (TypeError or ValueError otherwise)."""
        if app_id is None:
            return None
        if not isinstance(app_id, str):
            raise TypeError(f"id must be a str or None, got {app_id!r} ({_type_name(app_id)})")
        if not _ID_PATTERN.fullmatch(app_id):
            raise ValueError(f"id {app_id!r} must be 1 to 64 of the characters a-z, A-Z, 0-9, '-' and '_'")
        return app_id

    @staticmethod
    def check_app(name: object, components: object) -> tuple[str | None, list[str]]:
        """add_app's arguments, checked before the lock is taken (TypeError or ValueError naming the problem)."""
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name must be a str or None, got {name!r} ({_type_name(name)})")
        names = _check_components(components)
        for candidate in [*([name] if name is not None else []), *names]:
            # fullmatch: the pattern's $ alone would let a trailing newline through
            if not _NAME_PATTERN.fullmatch(candidate):
                raise ValueError(f"{candidate!r} is not a valid DigitalOcean app or component name")
        return name, names

    @staticmethod
    def check_script(phases: object, reason: object) -> _Script:
        """script_phases' arguments, checked (TypeError or ValueError naming the problem)."""
        return _check_script(phases, reason)

    def add_app(self, name: str | None, components: list[str], app_id: str | None = None) -> dict[str, Any]:
        """A new app (ValueError when ``app_id`` is already an app's: called under the fake's lock)."""
        if app_id is not None and app_id in self.apps:
            raise ValueError(f"the fake already has an app with id {app_id!r}")
        self.app_count += 1
        app_name = name if name is not None else f"sample-app-{self.app_count}"
        now = _now()
        spec = {
            "name": app_name,
            "region": "ams",
            "services": [
                {
                    "name": component,
                    "github": {"repo": f"example/{app_name}", "branch": "main", "deploy_on_push": True},
                    "run_command": f"bin/{component}",
                    "environment_slug": "go",
                    "instance_size_slug": "apps-s-1vcpu-0.5gb",
                    "instance_count": 1,
                    "http_port": 8080,
                }
                for component in components
            ],
        }
        app = _App(
            id=app_id or str(uuid.uuid4()), name=app_name, components=tuple(components), created_at=now, spec=spec
        )
        self.apps[app.id] = app
        self._create_deployment(app, app.components, _Script(("ACTIVE",), None), cause="initial deployment")
        return self.app_json(app)

    def restart(self, app_id: str, requested: Sequence[str]) -> dict[str, Any] | str | None:
        """The new deployment's JSON; None for an unknown app; a message when a component is unknown."""
        app = self.apps.get(app_id)
        if app is None:
            return None
        unknown = [name for name in requested if name not in app.components]
        if unknown:
            return f"app {app.name} has no component named {', '.join(unknown)}"
        restarted = tuple(dict.fromkeys(requested)) or app.components
        script = self.scripts.popleft() if self.scripts else _Script(_DEFAULT_PHASES, None)
        deployment = self._create_deployment(app, restarted, script, cause=f"restart of {', '.join(restarted)}")
        return _deployment_json(deployment)

    def poll(self, app_id: str, deployment_id: str) -> dict[str, Any] | None:
        """The deployment's JSON after moving it one phase on (None when unknown)."""
        deployment = self.deployments.get((app_id, deployment_id))
        if deployment is None:
            return None
        before = (deployment.phase, deployment.statuses)
        if deployment.position < len(deployment.phases) - 1:
            deployment.position += 1
        if _is_running(deployment.phase):
            deployment.running_seen += 1
        deployment.statuses = _next_statuses(deployment)
        if deployment.phase != before[0]:
            deployment.phase_last_updated_at = _now()
        if (deployment.phase, deployment.statuses) != before:
            deployment.updated_at = _now()
        return _deployment_json(deployment)

    def _create_deployment(self, app: _App, restarted: tuple[str, ...], script: _Script, *, cause: str) -> _Deployment:
        now = _now()
        deployment = _Deployment(
            id=str(uuid.uuid4()),
            spec=json.loads(json.dumps(app.spec)),
            services=app.components,
            restarted=restarted,
            phases=script.phases,
            reason=script.reason,
            cause=cause,
            created_at=now,
            updated_at=now,
            phase_last_updated_at=now,
            statuses=["PENDING"] * _leaf_count(restarted),
        )
        if _is_running(deployment.phase):
            deployment.running_seen = 1
        deployment.statuses = _next_statuses(deployment)
        self.deployments[(app.id, deployment.id)] = deployment
        app.deployment_ids.append(deployment.id)
        return deployment

    def app_json(self, app: _App) -> dict[str, Any]:
        deployments = [self.deployments[(app.id, deployment_id)] for deployment_id in app.deployment_ids]
        default_ingress = f"https://{app.name}-{app.id[:5]}.ondigitalocean.app"
        result: dict[str, Any] = {
            "id": app.id,
            "owner_uuid": "ff36cbc6fd350fe12577f5123133bb5ba01a2419",
            "spec": json.loads(json.dumps(app.spec)),
            "default_ingress": default_ingress,
            "created_at": app.created_at,
            "updated_at": deployments[-1].updated_at,
            "last_deployment_created_at": deployments[-1].created_at,
            "live_url": default_ingress,
            "live_url_base": default_ingress,
            "live_domain": default_ingress.removeprefix("https://"),
            "region": {
                "slug": "ams",
                "label": "Amsterdam",
                "flag": "netherlands",
                "continent": "Europe",
                "data_centers": ["ams3"],
            },
            "tier_slug": "basic",
        }
        active = [d for d in deployments if d.phase == "ACTIVE"]
        if active:
            result["active_deployment"] = _deployment_json(active[-1])
        in_progress = [d for d in deployments if d.phase not in _TERMINAL_PHASES]
        if in_progress:
            result["in_progress_deployment"] = _deployment_json(in_progress[-1])
        return result


# --- handlers: what the spec's generic answer cannot say --------------------------------------------


@handles("apps_restart")
def restart(request: ParsedRequest, state: FakeState) -> Answer:
    """A new deployment of the app, restarting the components asked for (all when none are)."""
    requested = (request.body or {}).get("components") or []
    started = state.apps.restart(request.path_params["app_id"], requested)
    if started is None:
        return request.error(404)
    if isinstance(started, str):
        # the spec documents no status for it: DigitalOcean answers its default error, a 400
        return request.error(400, started)
    return Answer(200, {"deployment": started})


@handles("apps_get_deployment")
def get_deployment(request: ParsedRequest, state: FakeState) -> Answer:
    """The deployment, one phase further on than at the last poll."""
    deployment = state.apps.poll(request.path_params["app_id"], request.path_params["deployment_id"])
    if deployment is None:
        return request.error(404)
    return Answer(200, {"deployment": deployment})


@handles("apps_get")
def get_app(request: ParsedRequest, state: FakeState) -> Answer:
    """The app as added with add_app, with its active and in-progress deployments."""
    app = state.apps.apps.get(request.path_params["id"])
    if app is None:
        return request.error(404)
    return Answer(200, {"app": state.apps.app_json(app)})
