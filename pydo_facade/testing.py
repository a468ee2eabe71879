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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
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
# The largest request body the fake reads (``FakeDigitalOcean(max_body_bytes=...)`` changes it); a larger one is a 413.
_MAX_BODY_BYTES = 16 * 1024 * 1024
# The longest chunk-size or trailer line, and the most trailer lines, a chunked body may have (http.client's limits).
_MAX_LINE_BYTES = 65536
_MAX_TRAILERS = 100
# After refusing a request the fake half-closes and discards what the client still sends, for this long at most and
# this much at most: closing with unread bytes resets the connection, and a reset can lose the answer on the way
# (some systems drop received data on a reset). Web servers do the same ("lingering close").
_LINGER_SECONDS = 1.0
_LINGER_BYTES = 1024 * 1024
# RFC 9110's token (a header name) and RFC 9112's chunk-size line (hex size, optional extensions, CRLF).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_CHUNK_SIZE_LINE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\r\n")
_DECIMAL = re.compile(r"[0-9]+")
# Response headers the fake writes itself: a value given to fail_next would break the framing of the connection.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})

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
    413: ("request_entity_too_large", "The request body is too large."),
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
    """A queued fail_next: ``body`` is already encoded (None: DigitalOcean's error body for the status)."""

    status: int
    body: bytes | None
    content_type: str
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
    if isinstance(retry_after, str | int):
        return str(retry_after)
    return str(int(retry_after)) if retry_after.is_integer() else str(retry_after)


def _type_name(value: object) -> str:
    return type(value).__name__


def _check_count(argument: str, value: object, *, minimum: int) -> int:
    """``value`` if it is an int (not a bool) of at least ``minimum``; else the TypeError or ValueError naming it."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{argument} must be an int, got {value!r} ({_type_name(value)})")
    if value < minimum:
        raise ValueError(f"{argument} must be at least {minimum}, got {value}")
    return value


def _check_token(token: object) -> str:
    """The token if a Bearer header can carry it; the message never shows the token itself."""
    if not isinstance(token, str):
        raise TypeError(f"token must be a str, got a {_type_name(token)}")
    if not token.strip():
        raise ValueError("token must not be empty or only whitespace: the fake would accept an empty Bearer token")
    for index, char in enumerate(token):
        if not "!" <= char <= "~":
            raise ValueError(
                "token must be visible ASCII characters only (no spaces, control or non-ASCII characters), "
                f"got {char!r} at index {index}"
            )
    return token


def _check_header_value(argument: str, name: str, value: str) -> None:
    if any(char in value for char in "\r\n\0"):
        raise ValueError(f"{argument}: the value of {name!r} must not hold CR, LF or NUL, got {value!r}")
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        raise ValueError(f"{argument}: the value of {name!r} must be latin-1 text, got {value!r}") from None


def _check_headers(headers: object) -> dict[str, str]:
    """fail_next's ``headers`` as a dict, once every name is an RFC 9110 token and every value safe to send."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a mapping of str to str or None, got {headers!r} ({_type_name(headers)})")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"headers must map str to str, got {name!r}: {value!r}")
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError(
                f"headers: {name!r} is not a header name (an RFC 9110 token: letters, digits, !#$%&'*+-.^_`|~)"
            )
        if name.lower() in _FRAMING_HEADERS:
            raise ValueError(f"headers: the fake sets {name} itself from the body it sends; leave it out")
        _check_header_value("headers", name, value)
        checked[name] = value
    return checked


def _check_retry_after(retry_after: object) -> str | None:
    """fail_next's ``retry_after`` as the Retry-After value to send (None: no header)."""
    if retry_after is None:
        return None
    if isinstance(retry_after, str):
        _check_header_value("retry_after", "Retry-After", retry_after)
        return retry_after
    if isinstance(retry_after, bool) or not isinstance(retry_after, int | float):
        raise TypeError(f"retry_after must be seconds (int or float), a str or None, got {retry_after!r}")
    if (isinstance(retry_after, float) and not math.isfinite(retry_after)) or retry_after < 0:
        raise ValueError(f"retry_after must be a finite number of seconds, 0 or more, got {retry_after!r}")
    return _format_retry_after(retry_after)


def _encode_failure_body(body: object) -> tuple[bytes | None, str]:
    """fail_next's ``body`` as the bytes to send and their content type (None: the default error body)."""
    if body is None:
        return None, _JSON_TYPE
    if isinstance(body, Mapping):
        try:
            return json.dumps(body).encode(), _JSON_TYPE
        except (TypeError, ValueError) as exc:
            raise TypeError(f"body: a mapping is sent as JSON, and this one cannot be: {exc}") from None
    if isinstance(body, str):
        return body.encode(), "text/plain; charset=utf-8"
    if isinstance(body, bytes):
        return body, "text/plain; charset=utf-8"
    raise TypeError(f"body must be a Mapping, str, bytes or None, got {body!r} ({_type_name(body)})")


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
      - Request framing it will not guess at: 400 ``bad_request`` for both Content-Length and
        Transfer-Encoding (how requests are smuggled), a Content-Length that is not one decimal number,
        a Transfer-Encoding other than ``chunked``, or malformed chunks. A body over ``max_body_bytes``
        (16 MiB): 413 ``request_entity_too_large``, answered without reading past the cap; the body is not kept.
        Either answer closes the connection and has no ``ratelimit-*`` headers: the request never reaches
        the API, so it is not in :attr:`requests`, does not count down the rate limit and does not use up
        a :meth:`fail_next`.
      - Bad arguments to its methods raise at the call: TypeError for a wrong type, ValueError for a wrong value.

    Example:
        >>> with FakeDigitalOcean(token="test-token") as fake:
        ...     app = fake.add_app(name="sample", components=["web", "worker"])
        ...     client = Client("test-token", endpoint=fake.url)   # the facade, or any HTTP client
        ...     started = client.apps.restart(app["id"], body={"components": ["web"]})
        ...     fake.requests[-1].json
        {'components': ['web']}
    """

    def __init__(self, token: str = "test-token", *, max_body_bytes: int = _MAX_BODY_BYTES) -> None:
        """Prepare a fake that accepts ``Authorization: Bearer <token>``; nothing listens until :meth:`start`.

        ``token`` must be visible ASCII (no spaces or control characters), as a Bearer header carries it.
        A request body larger than ``max_body_bytes`` (16 MiB by default) is answered 413 without being read.

        Example:
            >>> fake = FakeDigitalOcean(token="dop_v1_fake", max_body_bytes=1024)
        """
        self.token = _check_token(token)
        self._max_body_bytes = _check_count("max_body_bytes", max_body_bytes, minimum=0)
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
        if name is not None and not isinstance(name, str):
            raise TypeError(f"name must be a str or None, got {name!r} ({_type_name(name)})")
        if isinstance(components, str | bytes):
            raise TypeError(f"components must be a list of names, not the string {components!r}")
        if components is not None and not isinstance(components, Iterable):
            raise TypeError(f"components must be a list of names (str) or None, got {components!r}")
        names = list(components) if components is not None else ["web"]
        for index, component in enumerate(names):
            if not isinstance(component, str):
                raise TypeError(
                    f"components must be names (str), got {component!r} ({_type_name(component)}) at {index}"
                )
        if not names:
            raise ValueError("an app needs at least one component")
        if len(set(names)) != len(names):
            raise ValueError(f"component names must be unique: {names}")
        for candidate in [*([name] if name is not None else []), *names]:
            # fullmatch: the pattern's $ alone would let a trailing newline through
            if not _NAME_PATTERN.fullmatch(candidate):
                raise ValueError(f"{candidate!r} is not a valid DigitalOcean app or component name")
        with self._lock:
            self._app_count += 1
            app_name = name if name is not None else f"sample-app-{self._app_count}"
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
        if not isinstance(phases, str) and not isinstance(phases, Iterable):
            raise TypeError(f"phases must be a list of phase names (str), got {phases!r}")
        scripted = () if isinstance(phases, str) else tuple(phases)
        for index, phase in enumerate(scripted):
            if not isinstance(phase, str):
                raise TypeError(f"phases must be phase names (str), got {phase!r} ({_type_name(phase)}) at {index}")
        if not scripted or not all(scripted):
            raise ValueError(f"phases must be a non-empty list of phase names, got {phases!r}")
        if reason is not None:
            if not isinstance(reason, Mapping):
                raise TypeError(
                    f"reason must be a mapping of str to str or None, got {reason!r} ({_type_name(reason)})"
                )
            for key, value in reason.items():
                if not isinstance(key, str) or not isinstance(value, str):
                    raise TypeError(f"reason must map str to str (such as code and message), got {key!r}: {value!r}")
            if "ERROR" not in scripted:
                raise ValueError("a reason is shown on the failing step of an ERROR deployment: add 'ERROR' to phases")
        with self._lock:
            self._scripts.append(_Script(scripted, dict(reason) if reason is not None else None))

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

        Arguments are checked here, not when the failure is served: ``status`` an int from 100 to 599,
        ``times`` an int of at least 1, ``retry_after`` a finite number of seconds (0 or more) or a str,
        ``headers`` a mapping of header names (RFC 9110 tokens, not Content-Length or Transfer-Encoding,
        which the fake sets) to latin-1 values without CR, LF or NUL; a mapping ``body`` must be JSON-able.
        A wrong type is a TypeError, a wrong value a ValueError.

        Example:
            >>> fake = FakeDigitalOcean()
            >>> fake.fail_next(429, retry_after=1)
            >>> fake.fail_next(503, times=2)   # then two 503s, then normal answers
        """
        if isinstance(status, bool) or not isinstance(status, int):
            raise TypeError(f"status must be an int HTTP status code, got {status!r} ({_type_name(status)})")
        if not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status code, got {status}")
        raw, content_type = _encode_failure_body(body)
        extra = _check_headers(headers)
        retry_after_value = _check_retry_after(retry_after)
        if retry_after_value is not None:
            extra["Retry-After"] = retry_after_value
        count = _check_count("times", times, minimum=1)
        with self._lock:
            self._failures.append(
                _Failure(status=status, body=raw, content_type=content_type, headers=extra, times=count)
            )

    def set_ratelimit(self, remaining: int, *, limit: int | None = None) -> None:
        """Set the rate-limit budget the next responses report (``ratelimit-remaining`` then keeps counting down).

        ``remaining`` and ``limit`` are ints, 0 or more; ``remaining`` may not be above the limit (the one given,
        else the current one: 5000 unless set).

        Example:
            >>> fake = FakeDigitalOcean()
            >>> fake.set_ratelimit(3)   # the next answer says ratelimit-remaining: 2
            >>> fake.set_ratelimit(10, limit=10)
        """
        _check_count("remaining", remaining, minimum=0)
        if limit is not None:
            _check_count("limit", limit, minimum=0)
        with self._lock:
            new_limit = self._ratelimit_limit if limit is None else limit
            if remaining > new_limit:
                raise ValueError(
                    f"remaining must not be above the limit: got remaining={remaining} with limit={new_limit}"
                    + (" (the current one; pass limit= to change it)" if limit is None else "")
                )
            self._ratelimit_limit = new_limit
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
        headers["content-type"] = failure.content_type
        raw = failure.body if failure.body is not None else json.dumps(_error_body(failure.status, request_id)).encode()
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


class _RefusedRequest(Exception):
    """A request whose framing the fake will not read (400) or whose body is over the cap (413)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _body_length(headers: Message, version: str) -> int | None:
    """The body's Content-Length (0 when there is none), or None for chunked; _RefusedRequest for any other framing.

    RFC 9112 section 6: both headers at once is how requests are smuggled past a proxy, so it is refused, as is
    a Content-Length that is not one decimal number, a transfer coding other than chunked, and Transfer-Encoding
    in HTTP/1.0. A header line the parser could not read (such as ``Transfer-Encoding : chunked``) is refused
    too, rather than ignored.
    """
    if headers.defects:
        raise _RefusedRequest(400, "the request has a header line the fake cannot parse")
    lengths = headers.get_all("content-length") or []
    codings = headers.get_all("transfer-encoding") or []
    if lengths and codings:
        raise _RefusedRequest(
            400, "the request has both Content-Length and Transfer-Encoding: its framing is ambiguous"
        )
    if codings:
        # strip only spaces and tabs: str.strip() would also remove characters such as U+00A0 and U+0085
        if len(codings) > 1 or codings[0].strip(" \t").lower() != "chunked":
            raise _RefusedRequest(400, f"Transfer-Encoding must be exactly chunked, got {', '.join(codings)[:60]!r}")
        if version == "HTTP/1.0":
            raise _RefusedRequest(400, "Transfer-Encoding is not allowed in an HTTP/1.0 request")
        return None
    values = {value.strip(" \t") for header in lengths for value in header.split(",")}
    if not values:
        return 0
    value = values.pop()
    if values or not _DECIMAL.fullmatch(value):
        raise _RefusedRequest(400, f"Content-Length must be one decimal number, got {', '.join(lengths)[:60]!r}")
    digits = value.lstrip("0") or "0"
    # int() refuses more than about 4300 digits; any such number is over every body cap anyway
    return int(digits) if len(digits) <= 4000 else 10**4000


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
        refused = False
        try:
            body = self._read_body(fake._max_body_bytes)
        except _RefusedRequest as refusal:
            # not recorded and not counted: like any framing error, it never reaches the API behaviour
            refused = self.close_connection = True
            response = _bare_error(refusal.status, refusal.message)
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
        if refused:
            self.send_header("connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)
        if refused:
            self._linger()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def _read_body(self, max_body_bytes: int) -> bytes:
        """The request body, read only once its framing is unambiguous and its size within ``max_body_bytes``."""
        length = _body_length(self.headers, self.request_version)
        if length is None:
            return self._read_chunked(max_body_bytes)
        if length > max_body_bytes:
            raise _RefusedRequest(413, f"the body (Content-Length) is over the {max_body_bytes} bytes the fake accepts")
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            raise _RefusedRequest(400, f"the body ended after {len(body)} of its {length} bytes (Content-Length)")
        return body

    def _read_chunked(self, max_body_bytes: int) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(_MAX_LINE_BYTES + 1)
            size_line = _CHUNK_SIZE_LINE.fullmatch(line)
            if size_line is None:
                raise _RefusedRequest(400, f"malformed chunked body: {line[:40]!r} is not a hex chunk size and CRLF")
            size = int(size_line[1], 16)
            if size == 0:
                break
            total += size
            if total > max_body_bytes:  # checked before the chunk is read: nothing past the cap is read
                raise _RefusedRequest(413, f"the chunked body is over the {max_body_bytes} bytes the fake accepts")
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.read(2) != b"\r\n":
                raise _RefusedRequest(400, f"malformed chunked body: a chunk does not end after its {size} bytes")
            chunks.append(chunk)
        for _ in range(_MAX_TRAILERS + 1):
            line = self.rfile.readline(_MAX_LINE_BYTES + 1)
            if line == b"\r\n":
                return b"".join(chunks)
            if not line.endswith(b"\r\n"):
                raise _RefusedRequest(
                    400, f"malformed chunked body: the trailer line {line[:40]!r} does not end in CRLF"
                )
        raise _RefusedRequest(400, f"malformed chunked body: more than {_MAX_TRAILERS} trailer lines")

    def _linger(self) -> None:
        """Half-close, then discard what the client still sends, briefly, so a reset cannot overtake the answer."""
        deadline = time.monotonic() + _LINGER_SECONDS
        discarded = 0
        with contextlib.suppress(OSError):  # a timeout, or the client already gone
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_WR)
            while discarded < _LINGER_BYTES and (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                received = self.connection.recv(65536)
                if not received:
                    break
                discarded += len(received)

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("FakeDigitalOcean: " + format, *args)
