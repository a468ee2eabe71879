"""The one request loop, sync and async: auth header, same-origin redirects, retries, timeouts, logging.

Both loops call the same decisions (pydo_facade._retry) and the same error mapping
(pydo_facade.exceptions); they differ only in `await`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from . import _constants as C
from ._retry import Failure, classify
from .exceptions import DigitalOceanError, decode_error, error_from_response, transport_error

if TYPE_CHECKING:
    from ._client import ClientSettings

logger = logging.getLogger("pydo_facade")

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_IDEMPOTENT = frozenset({"GET", "HEAD"})


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """One API call as the generated module built it: method, quoted path, headers, and the body."""

    method: str
    path: str
    headers: Mapping[str, str] = field(default_factory=dict)
    json: Any = None
    content: bytes | None = None
    deadline: float | None = None
    """time.monotonic() by which the call must end: bounds each attempt's timeout and every retry wait."""

    @property
    def idempotent(self) -> bool:
        """GET and HEAD may be sent again after they reached the server; a POST never is."""
        return self.method in _IDEMPOTENT


def json_object(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a 2xx answer, exactly as sent; DecodeError when the body is not one."""
    if not response.content:
        raise decode_error(response, "the answer has an empty body where a JSON object was expected")
    try:
        value = json.loads(response.content)
    except ValueError:
        raise decode_error(response, "the answer is not JSON") from None
    if not isinstance(value, dict):
        raise decode_error(response, "the answer is JSON but not an object")
    return value


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: sync-only users never pay for importing asyncio

    await asyncio.sleep(seconds)


class _Loop:
    """What the sync and async loops share: building requests and deciding what each outcome means."""

    client: httpx.Client | httpx.AsyncClient | None
    """A caller's http_client, or None when the facade sends over its own pool."""

    def __init__(self, settings: ClientSettings, client: httpx.Client | httpx.AsyncClient | None) -> None:
        self.endpoint = settings.endpoint
        self._authorization = settings.authorization
        self._timeout = settings.timeout
        self.policy = settings.policy
        self.client = client
        # A caller's client adds its own defaults; our own pool gets these.
        self._default_headers = {"User-Agent": settings.user_agent}
        if client is None:
            self._default_headers |= {"Accept": "application/json", "Accept-Encoding": "gzip, deflate"}

    def _build(self, request: ApiRequest) -> httpx.Request:
        timeout = self._timeout_for(request)
        headers = {**self._default_headers, **request.headers, "Authorization": self._authorization}
        if self.client is not None:  # a caller's client: let it add its headers, cookies and auth
            return self.client.build_request(
                request.method,
                self.endpoint + request.path,
                headers=headers,
                json=request.json,
                content=request.content,
                timeout=timeout,
            )
        # Our own pool: build the request directly; httpx.Client's merging of settings we never use
        # (and its cookie jar) is a fifth of a call's CPU.
        return httpx.Request(
            request.method,
            self.endpoint + request.path,
            headers=headers,
            json=request.json,
            content=request.content,
            extensions={"timeout": timeout.as_dict()},
        )

    def _timeout_for(self, request: ApiRequest) -> httpx.Timeout:
        """The client's timeout, shortened to what is left before the request's deadline."""
        if request.deadline is None:
            return self._timeout
        left = max(0.001, request.deadline - time.monotonic())
        phases = self._timeout.as_dict()
        return httpx.Timeout(**{name: left if value is None else min(value, left) for name, value in phases.items()})

    @staticmethod
    def _past_deadline(request: ApiRequest, wait: float) -> bool:
        return request.deadline is not None and time.monotonic() + wait >= request.deadline

    def _same_origin_redirect(self, response: httpx.Response) -> httpx.Request | None:
        """The next request when the answer redirects within the endpoint's origin; else None (not followed).

        Methods change as httpx and browsers change them: 303 (and 302) to GET, a POST on 301 to GET.
        """
        if response.status_code not in _REDIRECTS or "location" not in response.headers:
            return None
        sent = response.request
        try:
            target = sent.url.join(response.headers["location"])
        except httpx.InvalidURL:
            return None
        if (target.scheme, target.host, target.port) != (sent.url.scheme, sent.url.host, sent.url.port):
            return None
        method = sent.method
        if (response.status_code in (302, 303) and method != "HEAD") or (
            response.status_code == 301 and method == "POST"
        ):
            method = "GET"
        keep_body = method == sent.method
        dropped = {"host", "content-length"} | (set() if keep_body else {"content-type", "transfer-encoding"})
        headers = {k: v for k, v in sent.headers.items() if k.lower() not in dropped}
        return httpx.Request(
            method, target, headers=headers, content=sent.content if keep_body else None, extensions=sent.extensions
        )

    def _log(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.0f ms (request_id=%s)",
                request.method,
                request.url.path,
                response.status_code,
                (time.monotonic() - started) * 1000,
                response.headers.get("x-request-id"),
            )

    def after_response(self, request: ApiRequest, attempt: int, response: httpx.Response) -> float:
        """Seconds to wait before sending again; raises the mapped error when this answer is final."""
        wait = self.policy.after_response(attempt, response, request.idempotent)
        if wait is None or self._past_deadline(request, wait):
            raise error_from_response(response)
        logger.info(
            "retrying %s %s after HTTP %s (attempt %d of %d) in %.2f s",
            request.method,
            request.path,
            response.status_code,
            attempt + 1,
            self.policy.total + 1,
            wait,
        )
        return wait

    def after_failure(self, request: ApiRequest, attempt: int, exc: httpx.TransportError) -> float:
        """Seconds to wait before sending again; raises ServiceRequestError/ServiceResponseError when final."""
        failure = classify(exc)
        wait = self.policy.after_failure(attempt, failure, request.idempotent)
        if wait is None or self._past_deadline(request, wait):
            error: DigitalOceanError = transport_error(request, failure, exc, attempt)
            raise error from exc
        logger.info(
            "retrying %s %s after %s: %s (attempt %d of %d) in %.2f s",
            request.method,
            request.path,
            type(exc).__name__,
            "not sent" if failure is Failure.NOT_SENT else "no answer",
            attempt + 1,
            self.policy.total + 1,
            wait,
        )
        return wait


class SyncTransport(_Loop):
    """Sends ApiRequests over one connection pool: the client's own, or a caller's httpx.Client."""

    client: httpx.Client | None

    def __init__(
        self, settings: ClientSettings, *, pool: httpx.BaseTransport | None, client: httpx.Client | None
    ) -> None:
        super().__init__(settings, client)
        self.pool = pool

    def _exchange(self, outgoing: httpx.Request) -> httpx.Response:
        """One request and its whole answer, without following redirects."""
        if self.client is not None:
            return self.client.send(outgoing, follow_redirects=False)
        assert self.pool is not None
        response = self.pool.handle_request(outgoing)
        response.request = outgoing
        try:
            response.read()
        finally:
            response.close()
        return response

    def _send(self, request: ApiRequest) -> httpx.Response:
        outgoing: httpx.Request | None = self._build(request)
        for _ in range(C.MAX_REDIRECTS + 1):
            assert outgoing is not None
            started = time.monotonic()
            response = self._exchange(outgoing)
            self._log(outgoing, response, started)
            outgoing = self._same_origin_redirect(response)
            if outgoing is None:
                break
        return response

    def request(self, request: ApiRequest) -> httpx.Response:
        """Send with retries; the 2xx answer, or the mapped exception."""
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._send(request)
            except httpx.TransportError as exc:
                wait = self.after_failure(request, attempt, exc)
            else:
                if response.is_success:
                    return response
                wait = self.after_response(request, attempt, response)
            time.sleep(wait)

    def call(self, request: ApiRequest) -> dict[str, Any]:
        """Send with retries and return the JSON object of the answer exactly as sent."""
        return json_object(self.request(request))

    def close(self) -> None:
        """Close the client's own pool; a caller's httpx.Client stays open."""
        if self.pool is not None:
            self.pool.close()


class AsyncTransport(_Loop):
    """Sends ApiRequests over one async pool (aiohttp's when httpx-aiohttp is installed), or a caller's client."""

    client: httpx.AsyncClient | None

    def __init__(
        self, settings: ClientSettings, *, pool: httpx.AsyncBaseTransport | None, client: httpx.AsyncClient | None
    ) -> None:
        super().__init__(settings, client)
        self.pool = pool

    async def _exchange(self, outgoing: httpx.Request) -> httpx.Response:
        """One request and its whole answer, without following redirects."""
        unusable: httpx.RemoteProtocolError | None = None
        try:
            return await self._exchange_once(outgoing)
        except httpx.HTTPError:
            raise
        except Exception as exc:
            if not type(exc).__module__.startswith("aiohttp"):
                raise
            # httpx-aiohttp passes some aiohttp errors through unmapped (an unparsable answer, say). Make
            # them the transport error they are, raised outside this block so that aiohttp's exception,
            # whose repr shows the request headers and so the token, is not kept as its context.
            unusable = httpx.RemoteProtocolError(
                f"unusable answer: {getattr(exc, 'message', '') or type(exc).__name__}", request=outgoing
            )
        raise unusable

    async def _exchange_once(self, outgoing: httpx.Request) -> httpx.Response:
        if self.client is not None:
            return await self.client.send(outgoing, follow_redirects=False)
        assert self.pool is not None
        response = await self.pool.handle_async_request(outgoing)
        response.request = outgoing
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    async def _send(self, request: ApiRequest) -> httpx.Response:
        outgoing: httpx.Request | None = self._build(request)
        for _ in range(C.MAX_REDIRECTS + 1):
            assert outgoing is not None
            started = time.monotonic()
            response = await self._exchange(outgoing)
            self._log(outgoing, response, started)
            outgoing = self._same_origin_redirect(response)
            if outgoing is None:
                break
        return response

    async def request(self, request: ApiRequest) -> httpx.Response:
        """Send with retries; the 2xx answer, or the mapped exception."""
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._send(request)
            except httpx.TransportError as exc:
                wait = self.after_failure(request, attempt, exc)
            else:
                if response.is_success:
                    return response
                wait = self.after_response(request, attempt, response)
            await _async_sleep(wait)

    async def call(self, request: ApiRequest) -> dict[str, Any]:
        """Send with retries and return the JSON object of the answer exactly as sent."""
        return json_object(await self.request(request))

    async def aclose(self) -> None:
        """Close the client's own pool; a caller's httpx.AsyncClient stays open."""
        if self.pool is not None:
            await self.pool.aclose()
