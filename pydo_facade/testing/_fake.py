"""FakeDigitalOcean itself: lifecycle, the arranging methods, and the path of one request through the checks."""

from __future__ import annotations

import copy
import difflib
import json
import math
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from . import (
    _actions,
    _databases,
    _domains,
    _droplets,
    _firewalls,
    _kubernetes,
    _load_balancers,
    _projects,
    _ssh_keys,
    _tags,
    _volumes,
)
from ._handlers import HANDLERS, NOT_FOUND, Answer, ParsedRequest, error_body
from ._server import JSON_TYPE, Response, Server, header, throwaway_tls
from ._spec import NOT_JSON, Invalid, NoRoute, Spec, SpecOperation, decode_json, json_media, load_spec
from ._state import FakeState

__all__ = ["FakeDigitalOcean", "RecordedRequest"]

# DigitalOcean's documented hourly request limit, sent in `ratelimit-limit`.
_RATELIMIT_LIMIT = 5000
# How long the fake's rate-limit window lasts unless set_ratelimit(reset_in=...) says otherwise (seconds).
_RATELIMIT_RESET_IN = 60.0
# The largest request body the fake reads (``FakeDigitalOcean(max_body_bytes=...)`` changes it); a larger one is a 413.
_MAX_BODY_BYTES = 16 * 1024 * 1024
# RFC 9110's token (a header name).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Response headers the fake writes itself: a value given to fail_next would break the framing of the connection.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received, as ``FakeDigitalOcean.requests`` lists them.

    ``headers`` has lower-case names; the ``authorization`` value is redacted to its scheme
    (``"Bearer ***"``). ``json`` is the parsed body, or None when there was none or it was not JSON
    (``body`` keeps the raw bytes).

    Example:
        >>> import httpx
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
    operation: str | None
    """The operationId it is for (None: any request)."""


class _RateLimit:
    """The request budget of one window: each request spends one; at 0 requests get 429 until the window ends."""

    def __init__(self) -> None:
        self.limit = _RATELIMIT_LIMIT
        self.remaining = _RATELIMIT_LIMIT
        self.window = _RATELIMIT_RESET_IN
        self.reset_at = time.time() + self.window

    def spend(self, now: float) -> tuple[dict[str, str], float | None]:
        """This request's ``ratelimit-*`` headers, and the seconds to wait when the budget is spent (else None)."""
        if now >= self.reset_at:
            self.remaining = self.limit
            self.reset_at = now + self.window
        wait = None
        if self.remaining > 0:
            self.remaining -= 1
        else:
            wait = self.reset_at - now
        headers = {
            "ratelimit-limit": str(self.limit),
            "ratelimit-remaining": str(self.remaining),
            "ratelimit-reset": str(math.ceil(self.reset_at)),
        }
        return headers, wait


def _type_name(value: object) -> str:
    return type(value).__name__


def _redact(headers: Mapping[str, str]) -> dict[str, str]:
    redacted = {name.lower(): value for name, value in headers.items()}
    if "authorization" in redacted:
        scheme, _, secret = redacted["authorization"].partition(" ")
        redacted["authorization"] = f"{scheme} ***" if secret else "***"
    return redacted


def _format_seconds(seconds: float | str) -> str:
    if isinstance(seconds, str | int):
        return str(seconds)
    return str(int(seconds)) if seconds.is_integer() else str(seconds)


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
    return _format_seconds(retry_after)


def _check_reset_in(reset_in: object) -> float:
    """set_ratelimit's ``reset_in``: seconds, more than 0 and finite."""
    if isinstance(reset_in, bool) or not isinstance(reset_in, int | float):
        raise TypeError(f"reset_in must be seconds (int or float), got {reset_in!r} ({_type_name(reset_in)})")
    if not math.isfinite(reset_in) or reset_in <= 0:
        raise ValueError(f"reset_in must be a finite number of seconds above 0, got {reset_in!r}")
    return float(reset_in)


def _check_operation(operation: object) -> str | None:
    """fail_next's ``operation`` as the operationId it names (None: every request)."""
    if operation is None:
        return None
    if not isinstance(operation, str):
        raise TypeError(
            f"operation must be a pydo name such as 'droplets.list', an operationId or None, got {operation!r}"
        )
    spec = load_spec()
    found = spec.lookup(operation)
    if found is None:
        close = difflib.get_close_matches(operation, [*spec.by_name, *spec.operations], n=3)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        raise ValueError(
            f"operation: the spec has no operation {operation!r} (give a pydo name such as 'droplets.list' "
            f"or an operationId such as 'droplets_list'){hint}"
        )
    return found.id


def _encode_failure_body(body: object) -> tuple[bytes | None, str]:
    """fail_next's ``body`` as the bytes to send and their content type (None: the default error body)."""
    if body is None:
        return None, JSON_TYPE
    if isinstance(body, Mapping):
        try:
            return json.dumps(body).encode(), JSON_TYPE
        except (TypeError, ValueError) as exc:
            raise TypeError(f"body: a mapping is sent as JSON, and this one cannot be: {exc}") from None
    if isinstance(body, str):
        return body.encode(), "text/plain; charset=utf-8"
    if isinstance(body, bytes):
        return body, "text/plain; charset=utf-8"
    raise TypeError(f"body must be a Mapping, str, bytes or None, got {body!r} ({_type_name(body)})")


def _encode_answer(answer: Answer) -> tuple[bytes, str | None]:
    body = answer.body
    if body is None:
        return b"", answer.content_type
    if isinstance(body, bytes):
        return body, answer.content_type or "application/octet-stream"
    if isinstance(body, str):
        return body.encode(), answer.content_type or "text/plain; charset=utf-8"
    media = answer.content_type if json_media(answer.content_type) else None
    return json.dumps(body).encode(), f"{media}; charset=utf-8" if media else JSON_TYPE


class FakeDigitalOcean:
    """A fake DigitalOcean API: a real HTTP server on 127.0.0.1, a free port, a background thread.

    It answers every operation of the pinned DigitalOcean spec (routes, checks and answers come from a compact
    description of it shipped with the client), with DigitalOcean's status codes, error bodies (``id``,
    ``message``, ``request_id``) and headers (``ratelimit-limit``, ``ratelimit-remaining``,
    ``ratelimit-reset``, ``x-request-id``). State is guarded by a lock: tests may drive it from several threads.

    Behaviour:
      - Every request is checked before it is answered: the bearer token (401), the path (unknown: 404
        ``not_found``; a known path without the method: 405 with ``Allow``), path, query and header
        parameters against their schemas (types, formats, enums, bounds; required ones present), and a JSON
        body against the operation's request schema. An invalid request gets 422 ``unprocessable_entity``
        where the spec documents 422 for the operation, else 400 ``bad_request``, with a message naming the
        parameter or body field and the problem (``request body field 'size' is required``).
      - A valid request gets the spec's example of the operation's success answer (the lowest documented
        2xx), or, where the spec has none or its own example fails its schema, a body built from the
        schema. JSON unless the request's Accept asks for another documented type: the kubeconfig is
        ``application/yaml`` text, an invoice ``text/csv`` or ``application/pdf`` bytes; a 204 is empty.
      - The Apps flow is stateful: :meth:`add_app` creates apps; a restart creates a deployment that shows
        ``PENDING_DEPLOY`` in the restart's answer, then advances one phase per GET of it (``DEPLOYING``,
        then ``ACTIVE``, kept from then on), with a ``progress`` step tree (``deploy`` and ``wait`` steps
        for each restarted component) whose statuses and counters advance with the phase;
        :meth:`script_phases` changes the phases of the next restart's deployment. Unknown apps and
        deployments are 404; components the app does not have are 400 ``bad_request``.
      - Droplets, volumes, SSH keys, tags, domains and their records, projects, firewalls, load balancers,
        Kubernetes clusters and database clusters are kept (their create operations, or :meth:`add_droplet`,
        :meth:`add_volume`, :meth:`add_ssh_key`, :meth:`add_domain`, :meth:`add_domain_record`,
        :meth:`add_project`, :meth:`add_firewall`, :meth:`add_load_balancer`, :meth:`add_kubernetes_cluster`,
        :meth:`add_database_cluster`): listed a page at a time, fetched, changed and deleted, then 404.
        Droplet and volume actions are ``in-progress`` when started and ``completed`` at their first poll
        (or GET of what they act on), when their effect shows; :meth:`script_actions` and
        :meth:`fail_next_action` script the next ones. Load balancers (``new`` -> ``active``), Kubernetes
        clusters (``provisioning`` -> ``running``) and database clusters (``creating`` -> ``online``) move on
        one status per GET; ``script_load_balancers``, ``script_kubernetes_clusters`` and
        ``script_database_clusters`` script the next ones.
      - :meth:`fail_next` answers the next request(s), or the next ones of one operation, with an error of
        your choice, before any other check. :meth:`set_ratelimit` sets the budget the ``ratelimit-*``
        headers count down; once it is spent, requests get 429 ``too_many_requests`` with ``Retry-After``
        until the window resets.
      - ``tls=True`` serves https with a certificate from a CA made when the fake starts; :attr:`ca_bundle`
        is its PEM file, for a client's ``connection_verify`` (or ``curl --cacert``).
      - Request framing it will not guess at: 400 ``bad_request`` for both Content-Length and
        Transfer-Encoding (how requests are smuggled), a Content-Length that is not one decimal number,
        a Transfer-Encoding other than ``chunked``, or malformed chunks. A body over ``max_body_bytes``
        (16 MiB): 413 ``request_entity_too_large``, answered without reading past the cap; the body is not kept.
        Either answer closes the connection and has no ``ratelimit-*`` headers: the request never reaches
        the API, so it is not in :attr:`requests`, does not count down the rate limit and does not use up
        a :meth:`fail_next`.
      - Bad arguments to its methods raise at the call: TypeError for a wrong type, ValueError for a wrong value.

    Every answer it builds validates against the spec's schema for its status (tests check each operation),
    except a phase you script that the spec does not know and a body you give fail_next.

    Example:
        >>> from pydo_facade import Client
        >>> with FakeDigitalOcean(token="test-token") as fake:
        ...     app = fake.add_app(name="sample", components=["web", "worker"])
        ...     client = Client("test-token", endpoint=fake.url)   # the facade, or any HTTP client
        ...     started = client.apps.restart(app["id"], body={"components": ["web"]})
        ...     sizes = client.sizes.list()                         # the spec's example
        ...     fake.requests[0].json
        {'components': ['web']}
    """

    def __init__(self, token: str = "test-token", *, max_body_bytes: int = _MAX_BODY_BYTES, tls: bool = False) -> None:
        """Prepare a fake that accepts ``Authorization: Bearer <token>``; nothing listens until :meth:`start`.

        ``token`` must be visible ASCII (no spaces or control characters), as a Bearer header carries it.
        A request body larger than ``max_body_bytes`` (16 MiB by default) is answered 413 without being read.
        ``tls=True`` serves https (see :attr:`ca_bundle`).

        Example:
            >>> fake = FakeDigitalOcean(token="dop_v1_fake", max_body_bytes=1024, tls=True)
        """
        self.token = _check_token(token)
        self._max_body_bytes = _check_count("max_body_bytes", max_body_bytes, minimum=0)
        if not isinstance(tls, bool):
            raise TypeError(f"tls must be True or False, got {tls!r} ({_type_name(tls)})")
        self._tls = tls
        self._lock = threading.Lock()
        self._state = FakeState()
        self._requests: list[RecordedRequest] = []
        self._failures: deque[_Failure] = deque()
        self._ratelimit = _RateLimit()
        self._spec: Spec | None = None
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._tls_directory: Path | None = None
        self._ca_bundle: Path | None = None
        self._base_url = ""

    # -- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving on a free loopback port in a daemon thread; returns the fake. Idempotent.

        Loads the spec's description (once per process) and, with ``tls=True``, makes the throwaway CA.

        Example:
            >>> fake = FakeDigitalOcean().start()
            >>> fake.url.startswith("http://127.0.0.1:")
            True
            >>> fake.stop()
        """
        spec = load_spec()
        unknown = [operation_id for operation_id in HANDLERS if operation_id not in spec.operations]
        if unknown:
            raise RuntimeError(f"FakeDigitalOcean has handlers for operations the spec does not have: {unknown}")
        with self._lock:
            if self._server is not None:
                return self
            self._spec = spec
            context = None
            if self._tls:
                self._tls_directory = Path(tempfile.mkdtemp(prefix="fake-digitalocean-"))
                try:
                    context, self._ca_bundle = throwaway_tls(self._tls_directory)
                except BaseException:
                    shutil.rmtree(self._tls_directory, ignore_errors=True)
                    self._tls_directory = None
                    raise
            server = Server(self._answer, max_body_bytes=self._max_body_bytes, tls=context)
            host, port = server.server_address[:2]
            self._base_url = f"{'https' if self._tls else 'http'}://{host!s}:{port}"
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="FakeDigitalOcean", daemon=True
            )
            self._server, self._thread = server, thread
        thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; the recorded state stays readable. Idempotent.

        With ``tls=True``, also removes the CA bundle's temporary folder.

        Example:
            >>> fake = FakeDigitalOcean().start()
            >>> fake.stop()
        """
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
            directory, self._tls_directory, self._ca_bundle = self._tls_directory, None, None
        if server is not None and thread is not None:
            server.shutdown()
            server.close_connections()
            server.server_close()
            thread.join()
        if directory is not None:
            shutil.rmtree(directory, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The base URL to give a client, ``http://127.0.0.1:PORT`` (``https://`` with ``tls=True``; no trailing slash).

        Example:
            >>> from pydo_facade import Client
            >>> with FakeDigitalOcean() as fake:
            ...     client = Client(fake.token, endpoint=fake.url)
        """
        server = self._server
        if server is None:
            raise RuntimeError("FakeDigitalOcean is not running: use it in a `with` block or call start() first")
        host, port = server.server_address[:2]
        return f"{'https' if self._tls else 'http'}://{host!s}:{port}"

    @property
    def ca_bundle(self) -> str:
        """The path of the PEM file of the CA that signed the fake's certificate (``tls=True`` only, while running).

        The CA is made when the fake starts and its folder is removed when it stops; nothing is reused.

        Example:
            >>> import pydo
            >>> with FakeDigitalOcean(tls=True) as fake:
            ...     client = pydo.Client(fake.token, endpoint=fake.url, connection_verify=fake.ca_bundle)
        """
        if not self._tls:
            raise RuntimeError("this FakeDigitalOcean serves plain http: create it with FakeDigitalOcean(tls=True)")
        bundle = self._ca_bundle
        if bundle is None:
            raise RuntimeError("FakeDigitalOcean is not running: use it in a `with` block or call start() first")
        return str(bundle)

    # -- arranging -------------------------------------------------------------------------------------

    def add_app(
        self, name: str | None = None, components: Sequence[str] | None = None, *, id: str | None = None
    ) -> dict[str, Any]:
        """Create an app with one service per component; returns it as ``GET /v2/apps/{id}`` shows it.

        ``name`` defaults to ``sample-app-N``; ``components`` to ``["web"]``. Names follow the spec's
        pattern (2-32 characters of ``a-z``, ``0-9`` and ``-``). The app starts with an ACTIVE deployment.
        ``id`` defaults to a new UUID; give one to match the code under test (``add_app(id="b6bdf840")``):
        1 to 64 of ``A-Z``, ``a-z``, ``0-9``, ``-``, ``_``, not already an app's (a ValueError otherwise).

        Example:
            >>> fake = FakeDigitalOcean()
            >>> app = fake.add_app(components=["web", "worker"])
            >>> app["spec"]["name"], [service["name"] for service in app["spec"]["services"]]
            ('sample-app-1', ['web', 'worker'])
        """
        checked_name, names = self._state.apps.check_app(name, components)
        app_id = self._state.apps.check_id(id)
        with self._lock:
            return self._state.apps.add_app(checked_name, names, app_id)

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
        script = self._state.apps.check_script(phases, reason)
        with self._lock:
            self._state.apps.scripts.append(script)

    def add_droplet(
        self,
        name: str | None = None,
        *,
        region: str = "nyc3",
        size: str = "s-1vcpu-1gb",
        image: str | int = "ubuntu-24-04-x64",
        tags: Sequence[str] = (),
    ) -> dict[str, Any]:
        """Create an ``active`` droplet (no create action to wait for); returns it as ``droplets.get`` shows it.

        ``name`` defaults to ``droplet-<id>`` (else a hostname: letters, digits, ``.`` and ``-``); ``region`` is
        a region slug of the spec, ``size`` a size slug (``s-2vcpu-4gb`` gives 2 vCPUs and 4 GB), ``image`` an
        image slug or id; ``tags`` are created if new. A wrong type is a TypeError, a wrong value a ValueError.

        Example:
            >>> droplet = fake.add_droplet("web-1", tags=["web"])
            >>> droplet["status"], droplet["tags"]
            ('active', ['web'])
        """
        checked = _droplets.check_droplet(name, region, size, image, tags)
        with self._lock:
            droplet = _droplets.droplet_json(
                self._state,
                checked[0],
                region_slug=checked[1],
                size_slug=checked[2],
                image_ref=checked[3],
                tags=checked[4],
            )
            _droplets.new_droplet(self._state, droplet, provisioned=True)
            return copy.deepcopy(droplet)

    def add_volume(
        self,
        name: str | None = None,
        *,
        region: str = "nyc3",
        size_gigabytes: int = 10,
        tags: Sequence[str] = (),
        droplet_id: int | None = None,
    ) -> dict[str, Any]:
        """Create a volume, attached to ``droplet_id`` when given; returns it as ``volumes.get`` shows it.

        ``name`` defaults to ``volume-N`` (else lower-case letters, digits and ``-``, starting with a letter,
        not another volume's in the region); ``size_gigabytes`` is 1 to 16384; ``droplet_id`` a droplet of the
        fake in the same region. A wrong type is a TypeError, a wrong value a ValueError.

        Example:
            >>> volume = fake.add_volume("data", droplet_id=fake.add_droplet()["id"])
            >>> len(volume["droplet_ids"])
            1
        """
        checked_name, region_slug, gigabytes, names = _volumes.check_volume(name, region, size_gigabytes, tags)
        if droplet_id is not None and (isinstance(droplet_id, bool) or not isinstance(droplet_id, int)):
            raise TypeError(f"droplet_id must be an int or None, got {droplet_id!r} ({type(droplet_id).__name__})")
        with self._lock:
            volume_name = checked_name or f"volume-{len(self._state.volumes.volumes) + 1}"
            if self._state.volumes.named(volume_name, region_slug):
                raise ValueError(f"name: a volume named {volume_name!r} already exists in {region_slug}")
            droplet = None if droplet_id is None else self._state.droplets.droplets.get(droplet_id)
            if droplet_id is not None and (droplet is None or droplet["region"]["slug"] != region_slug):
                raise ValueError(f"droplet_id: the fake has no droplet {droplet_id} in {region_slug}")
            volume = _volumes.new_volume(
                self._state, _volumes.volume_json(volume_name, region_slug, gigabytes, tags=names)
            )
            if droplet_id is not None:
                _volumes.attach(self._state, volume, droplet_id)
            return copy.deepcopy(volume)

    def add_ssh_key(self, name: str | None = None, public_key: str | None = None) -> dict[str, Any]:
        """Add an SSH key to the account; returns it as ``ssh_keys.get`` shows it (with its MD5 fingerprint).

        ``name`` defaults to ``key-N``; ``public_key`` to a new ``ssh-ed25519`` key, else an OpenSSH public key
        (``type base64 [comment]``) not already on the account. A wrong type is a TypeError, a wrong value a
        ValueError.

        Example:
            >>> key = fake.add_ssh_key("laptop")
            >>> key["fingerprint"].count(":")
            15
        """
        checked_name, checked_key = _ssh_keys.check_key(name, public_key)
        with self._lock:
            keys = self._state.ssh_keys
            key_text = checked_key or _ssh_keys.sample_public_key()
            problem = keys.problem(key_text)
            if problem is not None:
                raise ValueError(f"public_key: {problem}")
            key = keys.add(keys.key_json(checked_name or f"key-{len(keys.keys) + 1}", key_text))
            return dict(key)

    def script_actions(self, statuses: Sequence[str]) -> None:
        """Script the statuses of the next droplet or volume action (each call scripts one more action).

        ``statuses[0]`` is what the answer that starts it shows; each poll of it (or GET of its droplet or
        volume) shows the next one, and the last stays. Statuses are ``in-progress``, ``completed`` and
        ``errored``; only the last may be ``completed`` or ``errored``. An errored action has no effect.
        Actions after the scripted ones are in-progress, then completed. TypeError for anything but a list
        of str, ValueError for an empty list, an unknown status or one after a final status.

        Example:
            >>> fake.script_actions(["in-progress", "in-progress", "errored"])  # errored at its second poll
        """
        script = _actions.ActionsState.check_script(statuses)
        with self._lock:
            self._state.actions.script(script)

    def fail_next_action(self) -> None:
        """The next droplet or volume action errors at its first poll (``script_actions`` of in-progress, errored)."""
        self.script_actions(_actions.FAILING_SCRIPT)

    def add_domain(self, name: str, *, ip_address: str | None = None) -> dict[str, Any]:
        """Add a domain with DigitalOcean's NS records (and an ``A`` record at ``@`` for ``ip_address``).

        Returns it as ``domains.get`` shows it. ValueError for a name that is not a domain name or is taken.

        Example:
            >>> fake.add_domain("example.com", ip_address="192.0.2.1")["name"]
            'example.com'
        """
        checked, address = _domains.DomainsState.check_domain(name, ip_address)
        with self._lock:
            if self._state.domains.add(checked, address) is None:
                raise ValueError(f"name: the fake already has the domain {checked!r}")
            return copy.deepcopy(self._state.domains.json(checked))

    def add_domain_record(
        self, domain: str, *, type: str = "A", name: str = "www", data: str = "192.0.2.1", ttl: int = 1800
    ) -> dict[str, Any]:
        """Add a DNS record to a domain of the fake (ValueError for another domain); returns the record.

        Example:
            >>> fake = FakeDigitalOcean()
            >>> _ = fake.add_domain("example.com")
            >>> fake.add_domain_record("example.com", type="CNAME", name="blog", data="@")["type"]
            'CNAME'
        """
        fields = _domains.DomainsState.check_record(type, name, data, ttl)
        with self._lock:
            if domain not in self._state.domains.domains:
                raise ValueError(f"domain: the fake has no domain {domain!r} (add_domain adds one)")
            return dict(self._state.domains.add_record(domain, fields))

    def add_project(
        self,
        name: str,
        *,
        description: str = "",
        purpose: str = "Just trying out DigitalOcean",
        environment: str | None = None,
    ) -> dict[str, Any]:
        """Add a project (not the default one); returns it as ``projects.get`` shows it.

        ``environment`` is ``Development``, ``Staging``, ``Production`` or None (none set).

        Example:
            >>> fake.add_project("web", environment="Production")["is_default"]
            False
        """
        _projects.ProjectsState.check_project(name, description, purpose, environment)
        with self._lock:
            return dict(self._state.projects.add(name, description, purpose, environment))

    def add_firewall(
        self, name: str = "firewall", *, droplet_ids: Sequence[int] = (), tags: Sequence[str] = ()
    ) -> dict[str, Any]:
        """Add a firewall letting SSH in and everything out, on these droplets and tags (``succeeded``).

        Example:
            >>> fake.add_firewall("web", tags=["web"])["status"]
            'succeeded'
        """
        checked = _firewalls.check_firewall(name, droplet_ids, tags)
        with self._lock:
            return copy.deepcopy(_firewalls.add_firewall(self._state.firewalls, *checked))

    def add_load_balancer(
        self, name: str | None = None, *, region: str = "nyc3", statuses: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """Add a load balancer, ``active`` unless ``statuses`` script it (as :meth:`script_load_balancers`:
        it is in ``statuses[0]`` now, each GET shows the next one); returns its JSON.

        Example:
            >>> fake.add_load_balancer("web-lb", statuses=["new", "errored"])["status"]
            'new'
        """
        checked = _load_balancers.check_name("name", name)
        slug = _load_balancers.check_region(region)
        script = ("active",) if statuses is None else _load_balancers.LoadBalancersState.check_script(statuses)
        with self._lock:
            lbs = self._state.load_balancers
            return copy.deepcopy(_load_balancers.add_load_balancer(lbs, checked, slug, script))

    def add_kubernetes_cluster(
        self,
        name: str | None = None,
        *,
        region: str = "nyc1",
        version: str = "1.31.1-do.0",
        nodes: int = 3,
        statuses: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Add a Kubernetes cluster with one node pool of ``nodes`` nodes (1 to 512), ``running`` unless
        ``statuses`` script its ``status.state`` (as :meth:`script_kubernetes_clusters`); returns its JSON.

        Example:
            >>> cluster = fake.add_kubernetes_cluster("prod", statuses=["provisioning", "running"])
            >>> cluster["status"]["state"], len(cluster["node_pools"][0]["nodes"])
            ('provisioning', 3)
        """
        checked = _load_balancers.check_name("name", name)
        slug = _load_balancers.check_region(region)
        if not isinstance(version, str) or not version:
            raise TypeError(f"version must be a Kubernetes version slug (str), got {version!r}")
        count = _check_count("nodes", nodes, minimum=1)
        if count > _kubernetes.MAX_NODES:
            raise ValueError(f"nodes must be at most {_kubernetes.MAX_NODES}, got {count}")
        script = ("running",) if statuses is None else _kubernetes.KubernetesState.check_script(statuses)
        with self._lock:
            cluster = _kubernetes.add_cluster(
                self._state.kubernetes, checked, region=slug, version=version, nodes=count, statuses=script
            )
            return copy.deepcopy(cluster)

    def add_database_cluster(
        self,
        name: str | None = None,
        *,
        engine: str = "pg",
        region: str = "nyc3",
        tags: Sequence[str] = (),
        statuses: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Add a one-node database cluster, ``online`` unless ``statuses`` script it (as
        :meth:`script_database_clusters`); ``tags`` are created if new. Returns its JSON.

        Example:
            >>> fake.add_database_cluster("orders", engine="mysql", tags=["shop"])["status"]
            'online'
        """
        checked = _load_balancers.check_name("name", name)
        slug = _load_balancers.check_region(region)
        if engine not in _databases.ENGINES:
            raise ValueError(f"engine must be one of {', '.join(_databases.ENGINES)}, got {engine!r}")
        names = _tags.check_tags(tags)
        script = ("online",) if statuses is None else _databases.DatabasesState.check_script(statuses)
        with self._lock:
            cluster = _databases.add_cluster(
                self._state, checked, engine=engine, region=slug, tags=names, statuses=script
            )
            return copy.deepcopy(cluster)

    def script_load_balancers(self, statuses: Sequence[str]) -> None:
        """Script the statuses of the next load balancer created through the API (each call scripts one more).

        ``statuses[0]`` is what the create answers; each GET shows the next one, the last stays. Statuses are
        ``new``, ``active``, ``errored`` (final: only last). Without a script: ``new``, then ``active``.

        Example:
            >>> fake.script_load_balancers(["new", "new", "errored"])   # wait_until_active raises WaitFailedError
        """
        script = _load_balancers.LoadBalancersState.check_script(statuses)
        with self._lock:
            self._state.load_balancers.scripts.queued.append(script)

    def script_kubernetes_clusters(self, statuses: Sequence[str]) -> None:
        """Script the ``status.state`` of the next Kubernetes cluster created through the API (one per call).

        As :meth:`script_load_balancers`; states are those of the spec (``provisioning``, ``running``,
        ``degraded``, ``upgrading``, ``deleting``, and ``error`` or ``deleted``, final). Without a script:
        ``provisioning``, then ``running``.

        Example:
            >>> fake.script_kubernetes_clusters(["provisioning", "error"])   # wait_until_running raises
        """
        script = _kubernetes.KubernetesState.check_script(statuses)
        with self._lock:
            self._state.kubernetes.scripts.queued.append(script)

    def script_database_clusters(self, statuses: Sequence[str]) -> None:
        """Script the statuses of the next database cluster created through the API (one per call).

        As :meth:`script_load_balancers`; statuses are ``creating``, ``online``, ``resizing``, ``migrating``
        and ``forking`` (none final). Without a script: ``creating``, then ``online``.

        Example:
            >>> fake.script_database_clusters(["creating"])   # never online: wait_until_online times out
        """
        script = _databases.DatabasesState.check_script(statuses)
        with self._lock:
            self._state.databases.scripts.queued.append(script)

    def fail_next(
        self,
        status: int,
        *,
        body: Mapping[str, Any] | str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | str | None = None,
        times: int = 1,
        operation: str | None = None,
    ) -> None:
        """Answer the next ``times`` requests with ``status`` (of one operation, or whatever they are); then normally.

        ``operation`` limits the failure to one operation, named as pydo names it (``"droplets.list"``) or by
        its operationId (``"droplets_list"``); other requests are answered as usual. None (the default): the
        next requests, whatever they are. Calls queue up: a request uses the first queued failure that is
        for it, and each failure takes effect after the ones queued before it for the same requests.

        The default body is DigitalOcean's error body for the status (``{"id": ..., "message": ...,
        "request_id": ...}``); give ``body`` as a mapping (sent as JSON) or as text/bytes (sent as is,
        e.g. a proxy's HTML page). ``retry_after`` sets ``Retry-After`` (seconds, or a string such as an
        HTTP date); ``headers`` add or replace headers. A 429 also sends ``ratelimit-remaining: 0``.

        Arguments are checked here, not when the failure is served: ``status`` an int from 100 to 599,
        ``times`` an int of at least 1, ``retry_after`` a finite number of seconds (0 or more) or a str,
        ``headers`` a mapping of header names (RFC 9110 tokens, not Content-Length or Transfer-Encoding,
        which the fake sets) to latin-1 values without CR, LF or NUL; a mapping ``body`` must be JSON-able;
        ``operation`` an operation of the spec. A wrong type is a TypeError, a wrong value a ValueError.

        Example:
            >>> fake = FakeDigitalOcean()
            >>> fake.fail_next(429, retry_after=1)
            >>> fake.fail_next(503, times=2)   # then two 503s, then normal answers
            >>> fake.fail_next(500, operation="droplets.list")   # only the next droplets.list fails
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
        operation_id = _check_operation(operation)
        failure = _Failure(status, raw, content_type, extra, count, operation_id)
        with self._lock:
            self._failures.append(failure)

    def set_ratelimit(self, remaining: int, *, limit: int | None = None, reset_in: float = 60) -> None:
        """Set the rate-limit budget: ``remaining`` requests until ``reset_in`` seconds from now.

        Each request spends one (``ratelimit-remaining`` counts down); ``ratelimit-reset`` says when the window
        ends (epoch seconds, ``reset_in`` from now). Once ``remaining`` is 0, requests get 429
        ``too_many_requests`` with ``Retry-After`` (the seconds left in the window) until it ends; then the
        budget is ``limit`` again, for another ``reset_in`` seconds.

        A client slows down as the budget runs low: the facade's ``wait_for_deployment`` spaces its polls out
        so as to last until ``ratelimit-reset`` once ``remaining`` is below 50. A test of a wait should keep
        ``remaining`` high, or give a small ``reset_in``, or its polls take that long.

        ``remaining`` and ``limit`` are ints, 0 or more; ``remaining`` may not be above the limit (the one given,
        else the current one: 5000 unless set). ``reset_in`` is a number of seconds above 0 (60 by default).

        Example:
            >>> fake = FakeDigitalOcean()
            >>> fake.set_ratelimit(3)   # the next answer says ratelimit-remaining: 2; the fourth request is a 429
            >>> fake.set_ratelimit(10, limit=10, reset_in=0.5)
        """
        _check_count("remaining", remaining, minimum=0)
        if limit is not None:
            _check_count("limit", limit, minimum=0)
        window = _check_reset_in(reset_in)
        with self._lock:
            new_limit = self._ratelimit.limit if limit is None else limit
            if remaining > new_limit:
                raise ValueError(
                    f"remaining must not be above the limit: got remaining={remaining} with limit={new_limit}"
                    + (" (the current one; pass limit= to change it)" if limit is None else "")
                )
            self._ratelimit.limit = new_limit
            self._ratelimit.remaining = remaining
            self._ratelimit.window = window
            self._ratelimit.reset_at = time.time() + window

    # -- inspecting ------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy: later requests do not change it).

        Example:
            >>> from pydo_facade import Client
            >>> with FakeDigitalOcean() as fake, Client(fake.token, endpoint=fake.url) as client:
            ...     app = fake.add_app(id="4f6c71e2")
            ...     _ = client.apps.restart(app["id"])
            ...     [(r.method, r.path) for r in fake.requests]
            [('POST', '/v2/apps/4f6c71e2/restart')]
        """
        with self._lock:
            return list(self._requests)

    # -- serving ---------------------------------------------------------------------------------------

    def _answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Response:
        """The whole API behaviour for one request: the HTTP server only moves bytes."""
        spec = self._spec
        if spec is None:  # pragma: no cover - the server runs only once start() has set it
            raise RuntimeError("FakeDigitalOcean is not started")
        request_id = str(uuid.uuid4())
        parts = urlsplit(target)
        path = parts.path
        route = spec.route(method, path)
        operation = None if isinstance(route, NoRoute) else route.operation
        decoded = decode_json(body)
        parsed = None if decoded is NOT_JSON else decoded
        redacted = _redact(headers)
        with self._lock:
            self._requests.append(RecordedRequest(method, path, redacted, parsed, body))
            limits, wait = self._ratelimit.spend(time.time())
            failure = self._take_failure(operation)
        base = limits | {"x-request-id": request_id}
        if failure is not None:
            return self._failure_response(failure, base, request_id)
        if wait is not None:
            body_429 = spec.shaped_error(operation, 429, error_body(429, request_id))
            retry_after = {"retry-after": str(max(1, math.ceil(wait)))}
            return self._send(Answer(429, body_429, headers=retry_after), base)
        if (operation is None or operation.auth) and not self._authorized(headers):
            return self._send(Answer(401, spec.shaped_error(operation, 401, error_body(401, request_id))), base)
        if isinstance(route, NoRoute):
            return self._no_route(route, method, path, base, request_id)
        assert operation is not None
        query = parse_qs(parts.query, keep_blank_values=True)
        values = spec.parse(operation, route.values, query, headers, body, decoded=decoded)
        handler = HANDLERS.get(operation.id)
        if handler is not None and not isinstance(values, Invalid) and values.body is None:
            # A handler reads the fields of a JSON body: one left out is an empty object, if the schema allows it.
            absent = spec.absent_body(operation)
            values = absent if isinstance(absent, Invalid) else replace(values, body=absent)
        if isinstance(values, Invalid):
            status = operation.invalid_status
            refused = spec.shaped_error(operation, status, error_body(status, request_id, values.message))
            return self._send(Answer(status, refused), base)
        request = ParsedRequest(
            operation=operation,
            path_params=values.path,
            query=values.query,
            header_params=values.headers,
            headers=redacted,
            body=values.body,
            raw_body=body,
            request_id=request_id,
            spec=spec,
            base_url=self._base_url,
            target=target,
        )
        if handler is not None:
            with self._lock:
                answer = handler(request, self._state)
                # encoded under the lock: a handler may answer the state itself, which other requests change
                if answer is not None:
                    return self._send(answer, base)
        return self._spec_response(spec, operation, header(headers, "accept"), base, request_id)

    def _spec_response(
        self, spec: Spec, operation: SpecOperation, accept: str, base: dict[str, str], request_id: str
    ) -> Response:
        found = spec.answer(operation, accept)
        if found is None:  # nothing succeeds (a retired operation): the error it documents instead
            status, payload = spec.instead_of_success(operation)
            if isinstance(payload, dict) and "id" in payload:
                payload["request_id"] = request_id
            return self._send(Answer(status, payload), base)
        headers = dict(base)
        if found.media is not None:
            headers["content-type"] = f"{found.media}; charset=utf-8" if json_media(found.media) else found.media
        return Response(found.status, headers, found.content)

    def _no_route(self, route: NoRoute, method: str, path: str, base: dict[str, str], request_id: str) -> Response:
        if route.allowed:
            message = f"{method} is not allowed on {path}: the spec documents {', '.join(route.allowed)}"
            answer = Answer(405, error_body(405, request_id, message), headers={"allow": ", ".join(route.allowed)})
            return self._send(answer, base)
        message = f"{NOT_FOUND} (no operation of the spec has the path {path})"
        return self._send(Answer(404, error_body(404, request_id, message)), base)

    def _send(self, answer: Answer, base: Mapping[str, str]) -> Response:
        content, content_type = _encode_answer(answer)
        headers = dict(base)
        if content_type is not None:
            headers["content-type"] = content_type
        for name, value in answer.headers.items():
            headers.pop(name.lower(), None)
            headers[name] = value
        return Response(answer.status, headers, content)

    def _take_failure(self, operation: SpecOperation | None) -> _Failure | None:
        """The first queued failure for this request (one for any request, or for its operation), used once."""
        for index, failure in enumerate(self._failures):
            if failure.operation is None or (operation is not None and failure.operation == operation.id):
                failure.times -= 1
                if failure.times == 0:
                    del self._failures[index]
                return failure
        return None

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        scheme, _, token = header(headers, "authorization").partition(" ")
        return scheme.lower() == "bearer" and token.strip() == self.token

    def _failure_response(self, failure: _Failure, base: dict[str, str], request_id: str) -> Response:
        headers = dict(base)
        if failure.status == 429:
            headers["ratelimit-remaining"] = "0"
        headers["content-type"] = failure.content_type
        raw = failure.body if failure.body is not None else json.dumps(error_body(failure.status, request_id)).encode()
        # names given by the test replace ours whatever their case
        for name, value in failure.headers.items():
            headers.pop(name.lower(), None)
            headers[name] = value
        return Response(failure.status, headers, raw)
