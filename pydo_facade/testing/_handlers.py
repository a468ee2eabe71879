"""The extension point of FakeDigitalOcean: handlers by operationId, given the checked request and the fake's state.

Every request the spec describes is first routed and checked (token, path, query and header parameters,
the JSON body against the operation's schema); only a valid one reaches its handler. A handler returns the
Answer to send, or None to send the generic answer (the spec's example, else one built from its schema):

    from ._handlers import Answer, ParsedRequest, handles

    @handles("droplets_get")
    def get_droplet(request: ParsedRequest, state: FakeState) -> Answer | None:
        droplet = state.droplets.get(request.path_params["droplet_id"])
        if droplet is None:
            return request.error(404)
        return Answer(200, {"droplet": droplet})

Handlers run under the fake's lock, one at a time, so they may read and change ``state`` freely; they
should not block. Registering an operationId the spec does not have fails when a fake starts.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._spec import Spec, SpecOperation
    from ._state import FakeState

__all__ = ["HANDLERS", "Answer", "Handler", "HandlerRegistry", "ParsedRequest", "error_body", "handles"]

NOT_FOUND = "The resource you were accessing could not be found."
# The error id and message DigitalOcean sends for a status (the spec's examples where it has one).
ERROR_DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "error parsing request body"),
    401: ("unauthorized", "Unable to authenticate you."),
    403: ("forbidden", "You do not have access for the attempted action."),
    404: ("not_found", NOT_FOUND),
    405: ("method_not_allowed", "The method is not allowed for the requested resource."),
    409: ("conflict", "The request could not be completed due to a conflict."),
    410: ("gone", "The resource is no longer available."),
    412: ("precondition_failed", "A precondition of the request failed."),
    413: ("request_entity_too_large", "The request body is too large."),
    422: ("unprocessable_entity", "request payload validation failed"),
    429: ("too_many_requests", "API rate limit exceeded."),
    500: ("server_error", "Unexpected server-side error"),
    502: ("server_error", "Bad gateway."),
    503: ("service_unavailable", "The service is temporarily unavailable."),
    504: ("server_error", "Gateway timeout."),
}


def error_body(status: int, request_id: str, message: str | None = None) -> dict[str, str]:
    """DigitalOcean's error body for a status: ``{"id", "message", "request_id"}``."""
    error_id, default_message = ERROR_DEFAULTS.get(status, ("server_error" if status >= 500 else "error", "Error."))
    return {"id": error_id, "message": message or default_message, "request_id": request_id}


@dataclass(frozen=True)
class Answer:
    """What a handler sends: a status, a body and headers.

    ``body`` is sent as JSON unless it is bytes or str (sent as they are, with ``content_type``, by default
    ``application/octet-stream`` or ``text/plain``); None sends no body. The fake adds ``x-request-id``, the
    ``ratelimit-*`` headers and ``content-type``; ``headers`` add to or replace them.
    """

    status: int
    body: Any = None
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedRequest:
    """A request that passed the spec's checks, as a handler gets it.

    ``path_params``, ``query`` and ``header_params`` hold the operation's declared parameters that were sent,
    typed by their schemas (an integer path parameter is an int, an array query parameter a list);
    ``headers`` every request header, lower-case names, Authorization redacted; ``body`` the parsed JSON
    body (raw bytes for a binary one, None when there is none). ``base_url`` is the fake's own URL
    (``http://127.0.0.1:PORT``) and ``target`` the path and query as sent, for the links an answer holds.
    """

    operation: SpecOperation
    path_params: dict[str, Any]
    query: dict[str, Any]
    header_params: dict[str, Any]
    headers: dict[str, str]
    body: Any
    raw_body: bytes
    request_id: str
    spec: Spec
    base_url: str = ""
    target: str = ""

    def error(self, status: int, message: str | None = None) -> Answer:
        """DigitalOcean's error answer for a status (in the shape the spec documents for this operation)."""
        body = self.spec.shaped_error(self.operation, status, error_body(status, self.request_id, message))
        return Answer(status, body)

    def spec_answer(self) -> Answer:
        """The generic answer (the spec's example, else one built from the schema), as a copy to change freely."""
        found = self.spec.answer(self.operation, self.headers.get("accept", ""))
        if found is None:
            status, payload = self.spec.instead_of_success(self.operation)
            if isinstance(payload, dict) and "id" in payload:
                payload["request_id"] = self.request_id
            return Answer(status, payload)
        value = copy.deepcopy(found.value) if found.media is not None else None
        return Answer(found.status, value, found.media)


Handler = Callable[[ParsedRequest, "FakeState"], Answer | None]
_H = TypeVar("_H", bound=Handler)


class HandlerRegistry:
    """Handlers by operationId; each operation has at most one.

    Example:
        >>> registry = HandlerRegistry()
        >>> @registry.register("account_get")
        ... def account(request, state):
        ...     return None   # the generic answer
        >>> "account_get" in registry
        True
    """

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def register(self, operation_id: str) -> Callable[[_H], _H]:
        """A decorator registering its function as the handler of ``operation_id`` (an operationId of the spec)."""
        if not isinstance(operation_id, str) or not operation_id:
            raise TypeError(f"operation_id must be an operationId (a non-empty str), got {operation_id!r}")

        def decorate(handler: _H) -> _H:
            if operation_id in self._handlers:
                raise ValueError(f"{operation_id} already has a handler: {self._handlers[operation_id]!r}")
            self._handlers[operation_id] = handler
            return handler

        return decorate

    def get(self, operation_id: str) -> Handler | None:
        return self._handlers.get(operation_id)

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._handlers

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._handlers))


HANDLERS = HandlerRegistry()
"""The fake's handlers: the resource families (``_apps.py``, ...) register theirs here when imported."""
handles = HANDLERS.register
