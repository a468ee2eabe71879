"""FakeDigitalOcean: a stateful fake of DigitalOcean's Apps API on a loopback port, for tests and demos.

Standard library only, and never imported by ``import pydo_facade``: import it explicitly.

Example:
    >>> import httpx
    >>> from pydo_facade.testing import FakeDigitalOcean
    >>> with FakeDigitalOcean(token="test-token") as fake:
    ...     app = fake.add_app(name="sample", components=["web", "worker"])
    ...     auth = {"Authorization": "Bearer test-token"}
    ...     started = httpx.post(f"{fake.url}/v2/apps/{app['id']}/restart", json={"components": ["web"]}, headers=auth)
    ...     deployment_id = started.json()["deployment"]["id"]
    ...     polled = httpx.get(f"{fake.url}/v2/apps/{app['id']}/deployments/{deployment_id}", headers=auth)
    >>> started.json()["deployment"]["phase"], polled.json()["deployment"]["phase"]
    ('PENDING_DEPLOY', 'DEPLOYING')
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote, urlsplit

__all__ = ["FakeDigitalOcean", "RecordedRequest"]

_log = logging.getLogger(__name__)

# What a restart's deployment shows without a script: the restart's answer, then one phase per poll.
_DEFAULT_PHASES: tuple[str, ...] = ("PENDING_DEPLOY", "DEPLOYING", "ACTIVE")
# DigitalOcean's documented hourly request limit, sent in `ratelimit-limit`.
_RATELIMIT_LIMIT = 5000
# The spec's pattern for app and component names (2-32 characters).
_NAME_PATTERN = re.compile(r"^[a-z][a-z0-9-]{0,30}[a-z0-9]$")

_JSON_TYPE = "application/json; charset=utf-8"
_NOT_FOUND = "The resource you were accessing could not be found."
_BAD_BODY = "error parsing request body"
# The error id and message DigitalOcean sends for a status (the spec's examples where it has one).
_ERROR_DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("bad_request", _BAD_BODY),
    401: ("unauthorized", "Unable to authenticate you."),
    403: ("forbidden", "You do not have access for the attempted action."),
    404: ("not_found", _NOT_FOUND),
    409: ("conflict", "The request could not be completed due to a conflict."),
    422: ("unprocessable_entity", "request payload validation failed"),
    429: ("too_many_requests", "API rate limit exceeded."),
    500: ("server_error", "Unexpected server-side error"),
    502: ("server_error", "Bad gateway."),
    503: ("service_unavailable", "The service is temporarily unavailable."),
    504: ("server_error", "Gateway timeout."),
}
_SERVED = "POST /v2/apps/{app_id}/restart, GET /v2/apps/{app_id}/deployments/{deployment_id}, GET /v2/apps/{app_id}"

# How the fake draws a deployment's progress in each phase; any other phase string counts as running.
_PENDING_PHASES = frozenset({"PENDING_BUILD", "PENDING_DEPLOY"})
_STOPPED_PHASES = frozenset({"CANCELED", "SUPERSEDED"})
_TERMINAL_PHASES = frozenset({"ACTIVE", "ERROR"}) | _STOPPED_PHASES


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received, as ``FakeDigitalOcean.requests`` lists them.

    ``headers`` has lower-case names; the ``authorization`` value is redacted to its scheme
    (``"Bearer ***"``). ``json`` is the parsed body, or None when there was none or it was not JSON
    (``body`` keeps the raw bytes).

    Example:
        >>> with FakeDigitalOcean() as fake:
        ...     _ = httpx.get(f"{fake.url}/v2/apps/x", headers={"Authorization": "Bearer test-token"})
        >>> seen = fake.requests[0]
        >>> seen.method, seen.path, seen.headers["authorization"], seen.json
        ('GET', '/v2/apps/x', 'Bearer ***', None)
    """

    method: str
    path: str
    headers: dict[str, str]
    json: Any
    body: bytes = b""


@dataclass
class _Failure:
    status: int
    body: Mapping[str, Any] | str | bytes | None
    headers: dict[str, str]
    times: int


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


@dataclass(frozen=True)
class _Response:
    status: int
    headers: dict[str, str]
    body: bytes


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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


def _error_body(status: int, request_id: str, message: str | None = None) -> dict[str, str]:
    error_id, default_message = _ERROR_DEFAULTS.get(status, ("server_error" if status >= 500 else "error", "Error."))
    return {"id": error_id, "message": message or default_message, "request_id": request_id}


def _bare_error(status: int, message: str) -> _Response:
    """An error answer made outside the fake's lock (no rate-limit bookkeeping)."""
    request_id = str(uuid.uuid4())
    headers = {"x-request-id": request_id, "content-type": _JSON_TYPE}
    return _Response(status, headers, json.dumps(_error_body(status, request_id, message)).encode())


def _redact(headers: Mapping[str, str]) -> dict[str, str]:
    redacted = {name.lower(): value for name, value in headers.items()}
    if "authorization" in redacted:
        scheme, _, secret = redacted["authorization"].partition(" ")
        redacted["authorization"] = f"{scheme} ***" if secret else "***"
    return redacted


def _format_retry_after(retry_after: float | str) -> str:
    if isinstance(retry_after, str):
        return retry_after
    return str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)


class FakeDigitalOcean:
    """A fake of DigitalOcean's Apps API: a real HTTP server on 127.0.0.1, a free port, a background thread.

    It serves ``POST /v2/apps/{app_id}/restart``, ``GET /v2/apps/{app_id}/deployments/{deployment_id}``
    and ``GET /v2/apps/{app_id}``, with DigitalOcean's status codes, error bodies (``id``, ``message``,
    ``request_id``) and headers (``ratelimit-limit``, ``ratelimit-remaining``, ``ratelimit-reset``,
    ``x-request-id``). Every body it produces validates against the bundled OpenAPI spec (a test
    checks it), except a phase you script that the spec does not know and a body you give fail_next.
    State is guarded by a lock: tests may drive it from several threads.

    Behaviour:
      - A restart creates a deployment. By default it shows ``PENDING_DEPLOY`` in the restart's answer,
        then each GET of it advances one phase: ``DEPLOYING``, then ``ACTIVE`` (kept from then on).
        Its ``progress`` has a ``deploy`` step tree with ``deploy`` and ``wait`` steps for each
        restarted component; step statuses and the ``*_steps`` counters advance with the phase.
        :meth:`script_phases` changes the phases of the next restart's deployment.
      - Missing or wrong bearer token: 401. Unknown app or deployment, or a path it does not serve: 404.
        A body that is not JSON or not ``{"components": [str, ...]}``: 400. Components the app does not
        have: 400 ``bad_request`` (the spec documents no specific status for it; this is its ``default``
        error response). An empty or absent ``components`` restarts every component.
      - :meth:`fail_next` answers the next request(s) with an error of your choice, before any other check.

    Example:
        >>> with FakeDigitalOcean(token="test-token") as fake:
        ...     app = fake.add_app(name="sample", components=["web", "worker"])
        ...     client = Client("test-token", endpoint=fake.url)   # the facade, or any HTTP client
        ...     started = client.apps.restart(app["id"], body={"components": ["web"]})
        ...     fake.requests[-1].json
        {'components': ['web']}
    """

    def __init__(self, token: str = "test-token") -> None:
        """Prepare a fake that accepts ``Authorization: Bearer <token>``; nothing listens until :meth:`start`.

        Example:
            >>> fake = FakeDigitalOcean(token="dop_v1_fake")
        """
        self.token = token
        self._lock = threading.Lock()
        self._apps: dict[str, _App] = {}
        self._deployments: dict[tuple[str, str], _Deployment] = {}
        self._requests: list[RecordedRequest] = []
        self._failures: deque[_Failure] = deque()
        self._scripts: deque[_Script] = deque()
        self._ratelimit_limit = _RATELIMIT_LIMIT
        self._ratelimit_remaining = _RATELIMIT_LIMIT
        self._app_count = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving on a free loopback port in a daemon thread; returns the fake. Idempotent.

        Example:
            >>> fake = FakeDigitalOcean().start()
            >>> fake.url.startswith("http://127.0.0.1:")
            True
            >>> fake.stop()
        """
        with self._lock:
            if self._server is not None:
                return self
            server = _Server(self)
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="FakeDigitalOcean", daemon=True
            )
            self._server, self._thread = server, thread
        thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; the recorded state stays readable. Idempotent.

        Example:
            >>> fake = FakeDigitalOcean().start()
            >>> fake.stop()
        """
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is None or thread is None:
            return
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The base URL to give a client, ``http://127.0.0.1:PORT`` (no trailing slash).

        Example:
            >>> with FakeDigitalOcean() as fake:
            ...     client = Client(fake.token, endpoint=fake.url)
        """
        server = self._server
        if server is None:
            raise RuntimeError("FakeDigitalOcean is not running: use it in a `with` block or call start() first")
        host, port = server.server_address[:2]
        return f"http://{host!s}:{port}"

    # -- arranging -------------------------------------------------------------------------------------

    def add_app(self, name: str | None = None, components: Sequence[str] | None = None) -> dict[str, Any]:
        """Create an app with one service per component; returns it as ``GET /v2/apps/{id}`` shows it.

        ``name`` defaults to ``sample-app-N``; ``components`` to ``["web"]``. Names follow the spec's
        pattern (2-32 characters of ``a-z``, ``0-9`` and ``-``). The app starts with an ACTIVE deployment.

        Example:
            >>> fake = FakeDigitalOcean()
            >>> app = fake.add_app(components=["web", "worker"])
            >>> app["spec"]["name"], [service["name"] for service in app["spec"]["services"]]
            ('sample-app-1', ['web', 'worker'])
        """
        if isinstance(components, str):
            raise TypeError(f"components must be a list of names, not the string {components!r}")
        names = list(components) if components is not None else ["web"]
        if not names:
            raise ValueError("an app needs at least one component")
        if len(set(names)) != len(names):
            raise ValueError(f"component names must be unique: {names}")
        with self._lock:
            self._app_count += 1
            app_name = name if name is not None else f"sample-app-{self._app_count}"
            for candidate in [app_name, *names]:
                if not _NAME_PATTERN.match(candidate):
                    raise ValueError(f"{candidate!r} is not a valid DigitalOcean app or component name")
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
                    for component in names
                ],
            }
            app = _App(id=str(uuid.uuid4()), name=app_name, components=tuple(names), created_at=now, spec=spec)
            self._apps[app.id] = app
            self._create_deployment(app, app.components, _Script(("ACTIVE",), None), cause="initial deployment")
            return self._app_json(app)

    def script_phases(self, phases: Sequence[str], *, reason: Mapping[str, str] | None = None) -> None:
        """Script the phases of the deployment that the next restart creates (each call scripts one more).

        ``phases[0]`` is what the restart answers; each GET of the deployment then shows the next one,
        and the last one stays. ``reason`` (``{"code": ..., "message": ...}``) is put on the progress
        step that fails when the deployment reaches ``ERROR``; without it the step has no reason.
        Any string is accepted, so a test can send a phase the spec does not know yet (such a body
        is off-spec by design). Restarts after the scripted ones get the default phases.

        Example:
            >>> fake = FakeDigitalOcean()
            >>> fake.script_phases(
            ...     ["PENDING_DEPLOY", "DEPLOYING", "ERROR"],
            ...     reason={"code": "HealthChecksFailed", "message": "web failed its health checks"},
            ... )
            >>> fake.script_phases(["PENDING_DEPLOY", "DEPLOYING"])  # the second restart never finishes
        """
        if isinstance(phases, str) or not phases or not all(isinstance(p, str) and p for p in phases):
            raise ValueError(f"phases must be a non-empty list of phase names, got {phases!r}")
        if reason is not None and "ERROR" not in phases:
            raise ValueError("a reason is shown on the failing step of an ERROR deployment: add 'ERROR' to phases")
        with self._lock:
            self._scripts.append(_Script(tuple(phases), dict(reason) if reason is not None else None))

    def fail_next(
        self,
        status: int,
        *,
        body: Mapping[str, Any] | str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` requests, whatever they are, with ``status``; then serve normally again.

        The default body is DigitalOcean's error body for the status (``{"id": ..., "message": ...,
        "request_id": ...}``); give ``body`` as a mapping (sent as JSON) or as text/bytes (sent as is,
        e.g. a proxy's HTML page). ``retry_after`` sets ``Retry-After`` (seconds, or a string such as an
        HTTP date); ``headers`` add or replace headers. A 429 also sends ``ratelimit-remaining: 0``.
        Calls queue up: each takes effect after the previous one is used up.

        Example:
            >>> fake = FakeDigitalOcean()
            >>> fake.fail_next(429, retry_after=1)
            >>> fake.fail_next(503, times=2)   # then two 503s, then normal answers
        """
        if not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status code, got {status}")
        if times < 1:
            raise ValueError(f"times must be at least 1, got {times}")
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = _format_retry_after(retry_after)
        with self._lock:
            self._failures.append(_Failure(status=status, body=body, headers=extra, times=times))

    def set_ratelimit(self, remaining: int, *, limit: int | None = None) -> None:
        """Set the rate-limit budget the next responses report (``ratelimit-remaining`` then keeps counting down).

        Example:
            >>> fake = FakeDigitalOcean()
            >>> fake.set_ratelimit(3)   # the next answer says ratelimit-remaining: 2
        """
        with self._lock:
            if limit is not None:
                self._ratelimit_limit = limit
            self._ratelimit_remaining = remaining

    # -- inspecting ------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy: later requests do not change it).

        Example:
            >>> [(r.method, r.path) for r in fake.requests]
            [('POST', '/v2/apps/4f6c71e2-.../restart')]
        """
        with self._lock:
            return list(self._requests)

    # -- serving ---------------------------------------------------------------------------------------

    def _answer(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> _Response:
        """The whole API behaviour for one request: the HTTP handler only moves bytes."""
        request_id = str(uuid.uuid4())
        path = urlsplit(target).path
        parsed: Any = None
        if body:
            try:
                parsed = json.loads(body)
            except ValueError:
                parsed = None
        with self._lock:
            self._requests.append(RecordedRequest(method, path, _redact(headers), parsed, body))
            self._ratelimit_remaining = max(0, self._ratelimit_remaining - 1)
            failure = self._take_failure()
            if failure is not None:
                return self._failure_response(failure, request_id)
            if not self._authorized(headers):
                return self._json(401, _error_body(401, request_id), request_id)
            return self._route(method, path, body, request_id)

    def _take_failure(self) -> _Failure | None:
        if not self._failures:
            return None
        failure = self._failures[0]
        failure.times -= 1
        if failure.times == 0:
            self._failures.popleft()
        return failure

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        value = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
        scheme, _, token = value.partition(" ")
        return scheme.lower() == "bearer" and token.strip() == self.token

    def _route(self, method: str, path: str, body: bytes, request_id: str) -> _Response:
        parts = [unquote(part) for part in path.split("/")[1:]]
        match method, parts:
            case "POST", ["v2", "apps", app_id, "restart"]:
                return self._restart(app_id, body, request_id)
            case "GET", ["v2", "apps", app_id, "deployments", deployment_id]:
                return self._get_deployment(app_id, deployment_id, request_id)
            case "GET", ["v2", "apps", app_id]:
                app = self._apps.get(app_id)
                if app is None:
                    return self._json(404, _error_body(404, request_id), request_id)
                return self._json(200, {"app": self._app_json(app)}, request_id)
        message = f"{_NOT_FOUND} (FakeDigitalOcean serves only {_SERVED}; not {method} {path})"
        return self._json(404, _error_body(404, request_id, message), request_id)

    def _restart(self, app_id: str, body: bytes, request_id: str) -> _Response:
        requested = _parse_restart_body(body)
        if requested is None:
            return self._json(400, _error_body(400, request_id), request_id)
        app = self._apps.get(app_id)
        if app is None:
            return self._json(404, _error_body(404, request_id), request_id)
        unknown = [name for name in requested if name not in app.components]
        if unknown:
            message = f"app {app.name} has no component named {', '.join(unknown)}"
            return self._json(400, _error_body(400, request_id, message), request_id)
        restarted = tuple(dict.fromkeys(requested)) or app.components
        script = self._scripts.popleft() if self._scripts else _Script(_DEFAULT_PHASES, None)
        cause = f"restart of {', '.join(restarted)}"
        deployment = self._create_deployment(app, restarted, script, cause=cause)
        return self._json(200, {"deployment": _deployment_json(deployment)}, request_id)

    def _get_deployment(self, app_id: str, deployment_id: str, request_id: str) -> _Response:
        deployment = self._deployments.get((app_id, deployment_id))
        if deployment is None:
            return self._json(404, _error_body(404, request_id), request_id)
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
        return self._json(200, {"deployment": _deployment_json(deployment)}, request_id)

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
        self._deployments[(app.id, deployment.id)] = deployment
        app.deployment_ids.append(deployment.id)
        return deployment

    def _app_json(self, app: _App) -> dict[str, Any]:
        deployments = [self._deployments[(app.id, deployment_id)] for deployment_id in app.deployment_ids]
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

    def _headers(self, request_id: str) -> dict[str, str]:
        return {
            "ratelimit-limit": str(self._ratelimit_limit),
            "ratelimit-remaining": str(self._ratelimit_remaining),
            "ratelimit-reset": str(int(time.time()) + 60),
            "x-request-id": request_id,
        }

    def _json(self, status: int, payload: Mapping[str, Any], request_id: str) -> _Response:
        headers = self._headers(request_id) | {"content-type": _JSON_TYPE}
        return _Response(status, headers, json.dumps(payload).encode())

    def _failure_response(self, failure: _Failure, request_id: str) -> _Response:
        headers = self._headers(request_id)
        if failure.status == 429:
            headers["ratelimit-remaining"] = "0"
        if failure.body is None or isinstance(failure.body, Mapping):
            payload = _error_body(failure.status, request_id) if failure.body is None else failure.body
            headers["content-type"] = _JSON_TYPE
            raw = json.dumps(payload).encode()
        else:
            headers["content-type"] = "text/plain; charset=utf-8"
            raw = failure.body.encode() if isinstance(failure.body, str) else failure.body
        # names given by the test replace ours whatever their case
        for name, value in failure.headers.items():
            headers.pop(name.lower(), None)
            headers[name] = value
        return _Response(failure.status, headers, raw)


def _parse_restart_body(body: bytes) -> list[str] | None:
    """The components a restart body asks for ([] for all), or None when the body is not a valid request."""
    if not body.strip():
        return []
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    components = payload.get("components")
    if components is None:
        return []
    if not isinstance(components, list) or not all(isinstance(name, str) for name in components):
        return None
    return components


class _Server(ThreadingHTTPServer):
    """The loopback HTTP server; it tracks its connections so stop() can close kept-alive ones."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, fake: FakeDigitalOcean) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        if isinstance(request, socket.socket):
            with self._connections_lock:
                self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: socket.socket | tuple[bytes, socket.socket]) -> None:
        if isinstance(request, socket.socket):
            with self._connections_lock:
                self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # the client may have closed it first
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        # A client that hangs up mid-answer is normal in tests; keep it out of their output.
        _log.debug("FakeDigitalOcean: connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    """Moves bytes between the socket and FakeDigitalOcean._answer, with keep-alive (HTTP/1.1)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: without it each answer waits ~40 ms
    server_version = "FakeDigitalOcean"
    sys_version = ""

    def _serve(self) -> None:
        fake = self.server.fake if isinstance(self.server, _Server) else None
        if fake is None:
            raise RuntimeError("_Handler runs only inside FakeDigitalOcean's server")
        try:
            body = self._read_body()
        except ValueError:  # a framing the fake cannot read: answer, then drop the connection
            self.close_connection = True
            response = _bare_error(400, "unreadable request body framing")
        else:
            try:
                response = fake._answer(self.command, self.path, dict(self.headers.items()), body)
            except Exception as exc:  # a bug in the fake: answer it as the 500 it is, with the cause
                _log.exception("FakeDigitalOcean failed on %s %s", self.command, self.path)
                response = _bare_error(500, f"FakeDigitalOcean crashed: {exc!r}")
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        if length < 0:
            raise ValueError("negative content-length")
        return self.rfile.read(length) if length else b""

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("FakeDigitalOcean: " + format, *args)
