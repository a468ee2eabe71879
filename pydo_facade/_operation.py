"""The one generic call: an operation and its arguments -> a checked request -> the transport -> the answer's value.

Every generated group method (pydo_generated.groups) hands its arguments, unchanged, to a caller of this
module. The caller checks them (TypeError/ValueError before anything is sent), has the operation's
generated module build the request (method, quoted path, query, headers, body), sends it through the
transport with the client's rules, and returns the answer by its content type: the JSON as sent, None
for an empty body, a str for text (YAML, CSV), bytes for anything else (a PDF).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._arguments import check_headers, encode_body, path_parameter, pydo_date, seconds, timeout_setting
from ._transport import ApiRequest, json_value

if TYPE_CHECKING:
    from pydo_generated.groups._base import Operation

    from ._retry import RetryPolicy
    from ._transport import AsyncTransport, SyncTransport

CALL_OPTIONS = frozenset({"headers", "timeout", "connection_timeout", "read_timeout"})
"""The keywords every operation takes besides its own parameters (CallOptions)."""
# Patterns, not compiled: re compiles (and caches) them the first time an answer needs them, which most
# processes never do, instead of in every start.
_JSON = r"^application/(.+\+)?json$"
_TEXT = r"^(text/.+|application/(yaml|x-yaml|csv|xml))$"
_modules: dict[str, ModuleType] = {}


class Endpoints:
    """The servers a client sends to: its endpoint, and the inference and agent endpoints some operations use."""

    __slots__ = ("agent", "api", "inference")

    def __init__(self, api: str, inference: str, agent: str | None) -> None:
        self.api = api
        self.inference = inference
        self.agent = agent

    def base_url(self, operation: Operation) -> str | None:
        """The base URL of the operation's server (None: the client's endpoint)."""
        if operation.server in ("inference", "presigned"):
            return self.inference
        if operation.server == "agent":
            if self.agent is None:
                raise ValueError(
                    f"{operation.name}() is sent to an agent's own URL: create the client with "
                    "agent_endpoint='https://<agent id>.agents.do-ai.run'"
                )
            return self.agent
        return None


def _builder(operation: Operation) -> ModuleType:
    """The generated module of an operation, imported on first use (pydo_generated is large)."""
    module = _modules.get(operation.module)
    if module is None:
        module = _modules[operation.module] = importlib.import_module(operation.module)
    return module


def _call_timeout(options: Mapping[str, Any]) -> tuple[tuple[httpx.Timeout, float | None] | None, dict[str, float]]:
    """This call's own timeout (`timeout=`), and the phases pydo's `connection_timeout=` / `read_timeout=` set.

    The phases change only those phases of whichever timeout applies (this call's or the client's), so the
    whole-call budget stays.
    """
    timeout = options.get("timeout")
    own = timeout_setting(timeout) if timeout is not None else None
    phases: dict[str, float] = {}
    if (connect := options.get("connection_timeout")) is not None:
        phases["connect"] = seconds("connection_timeout", connect)
    if (read := options.get("read_timeout")) is not None:
        phases["read"] = seconds("read_timeout", read)
    return own, phases


def _check_options(operation: Operation, options: Mapping[str, Any]) -> None:
    if options.keys() <= CALL_OPTIONS:
        return
    unknown = sorted(set(options) - CALL_OPTIONS)
    if unknown:
        # Imported here, as in unknown_operation: pydo's tables and difflib only ever serve a message.
        from ._pydo import CALL_KEYWORDS, newer_parameter, replacement

        name = unknown[0]
        accepted = ", ".join([*operation.keywords, "headers", "timeout"])
        raise TypeError(
            f"{operation.name}() got an unexpected keyword argument {name!r}"
            f"{newer_parameter(operation.name, name) or replacement(CALL_KEYWORDS, name)} "
            f"(it takes: {accepted})"
        )


def build_request(
    operation: Operation, arguments: Mapping[str, Any], options: Mapping[str, Any], endpoints: Endpoints
) -> ApiRequest:
    """The checked request of one call; TypeError or ValueError, before anything is sent, for bad input.

    A date or datetime argument (pydo takes them for the spec's date and date-time parameters) is sent as pydo
    sends it; see pydo_date.
    """
    if options:
        _check_options(operation, options)
        headers = check_headers(options.get("headers"))
        timeout, phases = _call_timeout(options)
    else:  # the usual call: no per-call options to check
        headers, timeout, phases = {}, None, {}
    built_arguments = {name: pydo_date(value) for name, value in arguments.items()}
    for name, integer in operation.path_parameters:
        built_arguments[name] = path_parameter(name, built_arguments[name], integer=integer)
    for name in operation.required:
        if arguments.get(name) is None:
            raise TypeError(f"{operation.name}() needs {name} (the API requires it), got None")
    if operation.body is not None:
        body = encode_body(arguments.get(operation.body))
        if body is None:
            if operation.body_required:
                raise TypeError(f"{operation.name}() needs a body (a mapping sent as JSON, bytes or a binary file)")
            built_arguments.pop(operation.body, None)
        else:
            built_arguments[operation.body] = body
    built = _builder(operation)._get_kwargs(**built_arguments)
    built_headers: dict[str, str] = built.get("headers") or {}
    if built_headers:
        check_headers({name: value for name, value in built_headers.items() if name.lower() != "content-type"})
    if operation.accept != "application/json":
        built_headers = {"Accept": operation.accept, **built_headers}
    return ApiRequest(
        method=operation.method,
        path=built["url"],
        headers={**built_headers, **headers} if built_headers else headers,
        content=built.get("content"),
        params=built.get("params") or None,
        base_url=endpoints.base_url(operation),
        timeout=timeout,
        phases=phases or None,
    )


def answer_value(operation: Operation, response: httpx.Response) -> Any:
    """The value of a 2xx answer: None when empty, else what the operation documents, by its content type.

    An operation documented to answer JSON gets the JSON as sent, and a DecodeError for anything that is
    not JSON (a proxy's HTML page); one documented to answer text (YAML, CSV) a str; a binary one (a PDF)
    bytes. Where the spec documents no body, or several kinds, the answer's own Content-Type decides.
    """
    if not response.content:
        return None
    kind = operation.returns
    if kind in ("none", "mixed"):
        media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        kind = "json" if not media or re.match(_JSON, media) else "text" if re.match(_TEXT, media) else "bytes"
    if kind == "json":
        return json_value(response)
    if kind == "text":
        return response.text
    return response.content


def unknown_operation(group: str, name: str, known: list[str]) -> str:
    """The AttributeError message for client.<group>.<name>: did you mean, or which pydo spec has it."""
    from ._pydo import NOT_IN_PIN, absent

    newer = name in NOT_IN_PIN.get(group, frozenset())
    return absent(f"client.{group} has no operation", name, known, "operations", newer=newer)


class SyncCaller:
    """Builds, sends and reads one call for a sync client's groups (the generated SyncCaller protocol)."""

    __slots__ = ("_endpoints", "_transport")

    def __init__(self, transport: SyncTransport, endpoints: Endpoints) -> None:
        self._transport = transport
        self._endpoints = endpoints

    def __call__(self, operation: Operation, arguments: dict[str, Any], options: Mapping[str, Any]) -> Any:
        return answer_value(operation, self._transport.request(self.build(operation, arguments, options)))

    def build(self, operation: Operation, arguments: Mapping[str, Any], options: Mapping[str, Any]) -> ApiRequest:
        """The checked request of one call (see build_request)."""
        return build_request(operation, arguments, options, self._endpoints)

    def send(self, request: ApiRequest) -> httpx.Response:
        """Send with the client's rules; the 2xx answer whole, or the mapped exception."""
        return self._transport.request(request)

    def view(self, **settings: Any) -> SyncCaller:
        """A caller on the same pool with other transport settings (see _Loop.view)."""
        return SyncCaller(self._transport.view(**settings), self._endpoints)

    @property
    def policy(self) -> RetryPolicy:
        return self._transport.policy

    @property
    def transport(self) -> Any:
        """The transport it sends with (a with_options() view keeps it beside its caller)."""
        return self._transport

    @staticmethod
    def unknown_operation(group: str, name: str, known: list[str]) -> str:
        return unknown_operation(group, name, known)


class AsyncCaller:
    """SyncCaller for an async client's groups: every call is awaited."""

    __slots__ = ("_endpoints", "_transport")

    def __init__(self, transport: AsyncTransport, endpoints: Endpoints) -> None:
        self._transport = transport
        self._endpoints = endpoints

    async def __call__(self, operation: Operation, arguments: dict[str, Any], options: Mapping[str, Any]) -> Any:
        return answer_value(operation, await self._transport.request(self.build(operation, arguments, options)))

    def build(self, operation: Operation, arguments: Mapping[str, Any], options: Mapping[str, Any]) -> ApiRequest:
        """The checked request of one call (see build_request)."""
        return build_request(operation, arguments, options, self._endpoints)

    async def send(self, request: ApiRequest) -> httpx.Response:
        """Send with the client's rules; the 2xx answer whole, or the mapped exception."""
        return await self._transport.request(request)

    def view(self, **settings: Any) -> AsyncCaller:
        """A caller on the same pool with other transport settings (see _Loop.view)."""
        return AsyncCaller(self._transport.view(**settings), self._endpoints)

    @property
    def policy(self) -> RetryPolicy:
        return self._transport.policy

    @property
    def transport(self) -> Any:
        """The transport it sends with (a with_options() view keeps it beside its caller)."""
        return self._transport

    @staticmethod
    def unknown_operation(group: str, name: str, known: list[str]) -> str:
        return unknown_operation(group, name, known)
