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
from typing import Any

import httpx

from . import _constants as C
from ._retry import Failure, RetryPolicy, classify
from .exceptions import DigitalOceanError, decode_error, error_from_response, transport_error

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

    def __init__(
        self, endpoint: str, authorization: str, user_agent: str, timeout: httpx.Timeout, policy: RetryPolicy
    ) -> None:
        self._endpoint = endpoint
        self._authorization = authorization
        self._user_agent = user_agent
        self._timeout = timeout
        self.policy = policy

    def _build(self, client: httpx.Client | httpx.AsyncClient, request: ApiRequest) -> httpx.Request:
        headers = {"User-Agent": self._user_agent, **request.headers, "Authorization": self._authorization}
        return client.build_request(
            request.method,
            self._endpoint + request.path,
            headers=headers,
            json=request.json,
            content=request.content,
            timeout=self._timeout_for(request),
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
        """The next request when the answer redirects within the endpoint's origin; else None (not followed)."""
        if response.status_code not in _REDIRECTS or "location" not in response.headers:
            return None
        target = response.request.url.join(response.headers["location"])
        here = response.request.url
        if (target.scheme, target.host, target.port) != (here.scheme, here.host, here.port):
            return None
        redirected = response.next_request
        if redirected is None:  # pragma: no cover - httpx sets it for every redirect with a Location
            return None
        redirected.headers["Authorization"] = self._authorization
        redirected.extensions["timeout"] = self._timeout.as_dict()
        return redirected

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
    """Sends ApiRequests over one httpx.Client (one connection pool per facade client)."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        owns_client: bool,
        endpoint: str,
        authorization: str,
        user_agent: str,
        timeout: httpx.Timeout,
        policy: RetryPolicy,
    ) -> None:
        super().__init__(endpoint, authorization, user_agent, timeout, policy)
        self.client = client
        self._owns_client = owns_client

    def _send(self, request: ApiRequest) -> httpx.Response:
        outgoing: httpx.Request | None = self._build(self.client, request)
        for _ in range(C.MAX_REDIRECTS + 1):
            assert outgoing is not None
            started = time.monotonic()
            response = self.client.send(outgoing, follow_redirects=False)
            self._log(outgoing, response, started)
            outgoing = self._same_origin_redirect(response)
            if outgoing is None:
                break
            response.close()
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
        if self._owns_client:
            self.client.close()


class AsyncTransport(_Loop):
    """Sends ApiRequests over one httpx.AsyncClient (over aiohttp when httpx-aiohttp is installed)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        owns_client: bool,
        endpoint: str,
        authorization: str,
        user_agent: str,
        timeout: httpx.Timeout,
        policy: RetryPolicy,
    ) -> None:
        super().__init__(endpoint, authorization, user_agent, timeout, policy)
        self.client = client
        self._owns_client = owns_client

    async def _send(self, request: ApiRequest) -> httpx.Response:
        outgoing: httpx.Request | None = self._build(self.client, request)
        for _ in range(C.MAX_REDIRECTS + 1):
            assert outgoing is not None
            started = time.monotonic()
            unusable: httpx.RemoteProtocolError | None = None
            try:
                response = await self.client.send(outgoing, follow_redirects=False)
            except httpx.HTTPError:
                raise
            except Exception as exc:
                if not type(exc).__module__.startswith("aiohttp"):
                    raise
                # httpx-aiohttp passes some aiohttp errors through unmapped (an unparsable answer, say). Make
                # them the transport error they are, raised outside this block so that aiohttp's exception,
                # whose repr shows the request headers and so the token, is not kept as its context.
                detail = getattr(exc, "message", "") or type(exc).__name__
                unusable = httpx.RemoteProtocolError(f"unusable answer: {detail}", request=outgoing)
            if unusable is not None:
                raise unusable
            self._log(outgoing, response, started)
            outgoing = self._same_origin_redirect(response)
            if outgoing is None:
                break
            await response.aclose()
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
        if self._owns_client:
            await self.client.aclose()
