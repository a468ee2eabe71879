"""The exceptions pydo-facade raises, and the one function that maps an HTTP answer to one of them.

Names and meanings follow pydo (azure-core), so `except HttpResponseError` keeps working.
Every one of them survives pickling (a ProcessPoolExecutor worker may raise it) with its class, str()
and attributes, and none holds the token: an error's `response.request` carries no Authorization.

    DigitalOceanError
    ├── HttpResponseError              any non-2xx answer (the API said no)
    │   ├── ResourceNotModifiedError   304
    │   ├── ClientAuthenticationError  401
    │   ├── ResourceNotFoundError      404
    │   ├── ResourceExistsError        409
    │   ├── TooManyRequestsError       429
    │   └── DecodeError                2xx whose body is not the JSON promised
    ├── ServiceRequestError            the request could not be sent (connect, DNS, TLS, connect timeout)
    ├── ServiceResponseError           sent, but no usable answer (read timeout, reset mid-body)
    │   └── ResponseTooLargeError      the answer passed the client's max_response_bytes
    ├── ClientClosedError              the client was closed (also a RuntimeError)
    ├── WaitFailedError                a wait saw what it waited for fail (`.resource`)
    │   ├── ActionFailedError          client.actions.wait: the action errored (`.action`)
    │   └── DeploymentFailedError      wait_for_deployment saw ERROR, CANCELED or SUPERSEDED
    └── WaitTimeoutError               a wait ran out of time (also a TimeoutError; `.resource`)
        ├── ActionTimeoutError         client.actions.wait ran out of time
        └── DeploymentTimeoutError     wait_for_deployment ran out of time
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from . import _constants as C
from ._retry import Failure, parse_retry_after, rate_limited_wait

if TYPE_CHECKING:
    from ._transport import ApiRequest

__all__ = [
    "ActionFailedError",
    "ActionTimeoutError",
    "ClientAuthenticationError",
    "ClientClosedError",
    "DecodeError",
    "DeploymentFailedError",
    "DeploymentTimeoutError",
    "DigitalOceanError",
    "HttpResponseError",
    "RateLimit",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ResourceNotModifiedError",
    "ResponseTooLargeError",
    "ServiceRequestError",
    "ServiceResponseError",
    "TooManyRequestsError",
    "WaitFailedError",
    "WaitTimeoutError",
    "error_from_response",
]


class DigitalOceanError(Exception):
    """Base of every exception pydo-facade raises.

    >>> try:
    ...     client.apps.restart("missing-app")
    ... except DigitalOceanError as error:
    ...     print(error)
    404 not_found: The resource you were accessing could not be found. (request_id=...)
    """

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only arguments, which Exception's own pickling cannot pass:
        # rebuild from the class, args and attributes instead.
        return _restore, (type(self), self.args, dict(self.__dict__))


def _restore(cls: type[DigitalOceanError], args: tuple[Any, ...], state: dict[str, Any]) -> DigitalOceanError:
    """Unpickle a DigitalOceanError (see DigitalOceanError.__reduce__)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class RateLimit(NamedTuple):
    """DigitalOcean's rate-limit headers of one answer: requests allowed per hour, left, and the reset time.

    >>> account = client.account.get()
    >>> client.ratelimit  # also the `ratelimit` of an HttpResponseError and a RawResponse
    RateLimit(limit=5000, remaining=4999, reset=...)
    """

    limit: int
    remaining: int
    reset: int
    """Epoch seconds at which the oldest request of the hourly window expires."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        """The rate limit of an answer, or None when it has no (readable) ratelimit-* headers."""
        try:
            return RateLimit(
                limit=int(headers["ratelimit-limit"]),
                remaining=int(headers["ratelimit-remaining"]),
                reset=int(headers["ratelimit-reset"]),
            )
        except (KeyError, ValueError):
            return None


class HttpResponseError(DigitalOceanError):
    """The API answered with a non-2xx status.

    Attributes: `status_code`, `reason` (the HTTP reason phrase), `message` (DigitalOcean's
    `message`, else a snippet of the body), `error_id` (DigitalOcean's `id`, e.g. "not_found"),
    `request_id`, `response` (the httpx.Response), `ratelimit` (RateLimit or None) and
    `retry_after` (seconds, or None).

    >>> try:
    ...     client.apps.restart("no-such-app")
    ... except HttpResponseError as error:
    ...     print(error.status_code, error.error_id, error.request_id)
    404 not_found ...
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error_id: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code: int = response.status_code
        self.reason: str = response.reason_phrase
        self.error_id = error_id
        self.request_id = request_id
        self.ratelimit = RateLimit.from_headers(response.headers)
        self.retry_after = retry_after

    def __str__(self) -> str:
        label = self.error_id or self.reason
        text = f"{self.status_code} {label}: {self.message}" if label else f"{self.status_code}: {self.message}"
        if self.request_id:
            text += f" (request_id={self.request_id})"
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g} s)"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, error_id={self.error_id!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        state["response"] = without_token(self.response)
        return _restore, (type(self), self.args, state)


def without_token(response: httpx.Response) -> httpx.Response:
    """A copy of an answer to pickle: its status, headers and body, and its request without Authorization."""
    try:
        sent: httpx.Request | None = response.request
    except RuntimeError:  # a Response built without a request
        sent = None
    token = sent.headers.get("authorization", "").partition(" ")[2].encode() if sent is not None else b""
    content = response.content.replace(token, b"***") if token else response.content
    request = None
    if sent is not None:
        headers = [(k, v) for k, v in sent.headers.multi_items() if k.lower() != "authorization"]
        request = httpx.Request(sent.method, sent.url, headers=headers)
    return httpx.Response(
        response.status_code,
        headers=response.headers.multi_items(),
        content=content,
        request=request,
        extensions={k: v for k, v in response.extensions.items() if k in ("reason_phrase", "pydo_facade_undecodable")},
    )


class ResourceNotModifiedError(HttpResponseError):
    """304 Not Modified."""


class ClientAuthenticationError(HttpResponseError):
    """401: the token is missing, wrong or revoked."""


class ResourceNotFoundError(HttpResponseError):
    """404: no such resource (or not visible to this token)."""


class ResourceExistsError(HttpResponseError):
    """409: the request conflicts with the resource's current state."""


class TooManyRequestsError(HttpResponseError):
    """429: rate limited. `retry_after` says how many seconds DigitalOcean asks to wait.

    Raised after the client's retries, or at once when the wait asked for is longer than
    `retry_backoff_max` (DigitalOcean's hourly window can reset tens of minutes later).
    """


class DecodeError(HttpResponseError):
    """A 2xx answer whose body is not the JSON the operation documents (HTML, truncated, empty)."""


class ServiceRequestError(DigitalOceanError):
    """The request could not be sent: connection refused, DNS, TLS, connect timeout. Not an HttpResponseError."""


class ServiceResponseError(DigitalOceanError):
    """The request was sent (or may have been) but no usable answer came back: read timeout, connection reset."""


class ResponseTooLargeError(ServiceResponseError):
    """The answer's decoded body passed the client's `max_response_bytes` (64 MiB by default); nothing was kept."""


class ClientClosedError(DigitalOceanError, RuntimeError):
    """The client was closed (`close()`, or its `with` block ended): nothing is sent; create a new client."""


class WaitFailedError(DigitalOceanError):
    """A wait saw what it waited for end in failure (an errored action, a deployment in ERROR, a cluster in error).

    `resource` is the last state seen (the bare action, deployment or resource dict, or a get's answer).

    >>> fake.script_phases(["PENDING_DEPLOY", "ERROR"])  # FakeDigitalOcean: the next deployment fails
    >>> started = client.apps.restart("b6bdf840")
    >>> try:
    ...     client.apps.wait_for_deployment("b6bdf840", started)
    ... except WaitFailedError as error:
    ...     print(type(error).__name__, error.resource["phase"])
    DeploymentFailedError ERROR
    """

    def __init__(self, message: str, *, resource: Any) -> None:
        super().__init__(message)
        self.resource = resource


class WaitTimeoutError(DigitalOceanError, TimeoutError):
    """A wait's timeout (clock time) passed before what it waited for was done; also a TimeoutError.

    `resource` is the last state seen (None if no poll answered), `timeout` the seconds waited.
    """

    def __init__(self, message: str, *, resource: Any, timeout: float) -> None:
        super().__init__(message)
        self.resource = resource
        self.timeout = timeout


class ActionFailedError(WaitFailedError):
    """client.actions.wait saw the action end `errored` (an NFS action: ACTION_FAILED). `action` is the action."""

    def __init__(self, message: str, *, action: dict[str, Any], resource: Any = None) -> None:
        super().__init__(message, resource=action if resource is None else resource)
        self.action = action


class ActionTimeoutError(WaitTimeoutError):
    """client.actions.wait's timeout passed first. `action` is the last action seen (None if no poll answered)."""

    def __init__(self, message: str, *, action: dict[str, Any] | None, timeout: float, resource: Any = None) -> None:
        super().__init__(message, resource=action if resource is None else resource, timeout=timeout)
        self.action = action


class DeploymentFailedError(WaitFailedError):
    """wait_for_deployment saw the deployment end in ERROR, CANCELED or SUPERSEDED.

    `phase`, `deployment` (the bare deployment dict, also `resource`) and `reason` (the failing step's
    reason as "code: message", or None).

    >>> fake.script_phases(  # FakeDigitalOcean: the next deployment fails its build
    ...     ["PENDING_DEPLOY", "ERROR"], reason={"code": "BuildJobFailed", "message": "Build failed: exit code 1"}
    ... )
    >>> started = client.apps.restart("b6bdf840")
    >>> try:
    ...     client.apps.wait_for_deployment("b6bdf840", started)
    ... except DeploymentFailedError as error:
    ...     print(error.phase, error.reason)
    ERROR BuildJobFailed: Build failed: exit code 1
    """

    def __init__(self, message: str, *, phase: str, deployment: dict[str, Any], reason: str | None) -> None:
        super().__init__(message, resource=deployment)
        self.phase = phase
        self.deployment = deployment
        self.reason = reason


class DeploymentTimeoutError(WaitTimeoutError):
    """wait_for_deployment's timeout passed before the deployment became ACTIVE (also a TimeoutError).

    `deployment` is the last deployment seen (or None if no poll answered), `timeout` the seconds waited.
    """

    def __init__(self, message: str, *, deployment: dict[str, Any] | None, timeout: float) -> None:
        super().__init__(message, resource=deployment, timeout=timeout)
        self.deployment = deployment


_STATUS_CLASSES: dict[int, type[HttpResponseError]] = {
    304: ResourceNotModifiedError,
    401: ClientAuthenticationError,
    404: ResourceNotFoundError,
    409: ResourceExistsError,
    429: TooManyRequestsError,
}


def _redact(text: str, response: httpx.Response) -> str:
    """The text with the request's token masked: a proxy's error page may echo the request headers."""
    try:
        authorization = response.request.headers.get("authorization", "")
    except RuntimeError:  # a Response built without a request
        return text
    token = authorization.partition(" ")[2]
    return text.replace(token, "***") if token else text


def _snippet(response: httpx.Response) -> str:
    if encoding := response.extensions.get("pydo_facade_undecodable"):
        return f"(a body that is not valid {encoding if isinstance(encoding, str) else 'encoded'} data)"
    text = _redact(response.content.decode("utf-8", errors="replace").strip(), response)
    if not text:
        return "(empty body)"
    return text if len(text) <= C.ERROR_SNIPPET_MAX else text[: C.ERROR_SNIPPET_MAX] + "..."


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def error_from_response(response: httpx.Response) -> HttpResponseError:
    """The exception for a non-2xx answer: its class from the status, its fields from DigitalOcean's error body.

    Never raises on a body that is not JSON (a proxy's HTML page, an empty or truncated body):
    the class still follows the status, and `message` holds a snippet of the body.

    >>> error_from_response(httpx.Response(404, json={"id": "not_found", "message": "gone"}))
    ResourceNotFoundError(status_code=404, error_id='not_found', message='gone', request_id=None)
    """
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        body = None
    fields = body if isinstance(body, dict) else {}
    message = _redact(_string(fields.get("message")) or "", response) or _snippet(response)
    if response.has_redirect_location:
        message = (
            f"redirected to {response.headers['location']}: not followed, since only redirects within the "
            "endpoint's origin are (the token is never sent elsewhere)"
        )
    request_id = _string(fields.get("request_id")) or response.headers.get("x-request-id")
    status = response.status_code
    if status == C.RETRY_STATUS_RATE_LIMITED:
        retry_after = rate_limited_wait(response.headers)
    else:
        retry_after = parse_retry_after(response.headers)
    cls = _STATUS_CLASSES.get(status, HttpResponseError)
    return cls(
        message, response=response, error_id=_string(fields.get("id")), request_id=request_id, retry_after=retry_after
    )


def decode_error(response: httpx.Response, problem: str) -> DecodeError:
    """The DecodeError for a 2xx answer whose body is not the JSON object the operation documents.

    It keeps a copy of the answer whose request carries no Authorization (and whose body has any echo of
    the token masked): the transport keeps the request a 2xx answered as it was sent.
    """
    return DecodeError(
        f"{problem}: {_snippet(response)}",
        response=without_token(response),
        request_id=response.headers.get("x-request-id"),
    )


def transport_error(
    request: ApiRequest, failure: Failure, detail: str, attempts: int, *, timed_out: bool = False
) -> DigitalOceanError:
    """The ServiceRequestError or ServiceResponseError for a request that got no answer.

    `detail` describes the transport's exception ("ReadTimeout: ..."); the exception itself is not kept.
    """
    where = f"{request.method} {request.path}"
    if timed_out:
        detail = "the call's timeout passed" + (f" ({detail})" if "timeout passed" not in detail else "")
    tried = f"gave up after {attempts} attempts" if attempts > 1 else "not retried"
    if failure is Failure.CERTIFICATE:
        return ServiceRequestError(f"{where}: {failure.value} ({detail}); not retried: it will not heal")
    if failure in (Failure.NOT_SENT, Failure.NOT_READ):
        return ServiceRequestError(f"{where}: {failure.value}: {detail} ({tried})")
    if not request.resendable:
        tried = "not retried: it may have reached the server, and sending it twice could repeat its effect"
    return ServiceResponseError(f"{where}: no usable answer: {detail} ({tried})")
