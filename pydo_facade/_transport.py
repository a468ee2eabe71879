"""The one request loop, sync and async: auth header, deadline, bounded bodies, same-origin redirects, retries, logging.

Both loops call the same decisions (pydo_facade._retry), read bodies with the same BodyReader
(pydo_facade._body) and map errors with the same functions (pydo_facade.exceptions); they differ
only in `await`. Exceptions they raise are built outside `except` blocks and never chained to the
transport's own: those carry frames whose locals hold the request headers, and so the token.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import httpx

from . import _constants as C
from ._body import BodyReader, BodyTooLarge
from ._network import Exchange, aconfirm_unread, begin_exchange, confirm_unread, end_exchange
from ._retry import Failure, classify
from .exceptions import (
    ClientClosedError,
    ResponseTooLargeError,
    decode_error,
    error_from_response,
    transport_error,
)

if TYPE_CHECKING:
    import asyncio

    from ._client import ClientSettings

logger = logging.getLogger("pydo_facade")

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HOP_BY_HOP = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class ApiRequest:
    """One API call as the generated module built it: method, quoted path, query, headers, and the body bytes.

    Attributes besides those: `deadline`, the time.monotonic() by which the call must end (the client's
    timeout may end it sooner); `base_url`, another server than the client's endpoint (the inference or
    agent endpoint) or None; `timeout`, this call's own (per phase, whole-call budget) or None; `phases`,
    per-phase seconds (pydo's connection_timeout / read_timeout) that replace those of the timeout applied.
    """

    __slots__ = ("base_url", "content", "deadline", "headers", "method", "params", "path", "phases", "timeout")

    def __init__(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        deadline: float | None = None,
        base_url: str | None = None,
        timeout: tuple[httpx.Timeout, float | None] | None = None,
        phases: Mapping[str, float] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.headers: Mapping[str, str] = {} if headers is None else headers
        self.content = content
        self.params = params
        self.deadline = deadline
        self.base_url = base_url
        self.timeout = timeout
        self.phases = phases

    def __repr__(self) -> str:
        return f"ApiRequest({self.method} {self.path})"

    @property
    def resendable(self) -> bool:
        """May this request be sent again after it may have reached the server? (C.RETRIED_AFTER_SENT)"""
        return self.method in C.RETRIED_AFTER_SENT


class _Unanswered(Exception):
    """A request that got no (usable) answer: how far it got, and a description safe to show (never escapes)."""

    def __init__(self, failure: Failure, detail: str, deadline_passed: bool) -> None:
        super().__init__(detail)
        self.failure = failure
        self.detail = detail
        self.deadline_passed = deadline_passed


def json_value(response: httpx.Response) -> Any:
    """The JSON of a 2xx answer, exactly as sent; DecodeError when the body is not JSON (or nested absurdly deep)."""
    if not response.content:
        raise decode_error(response, "the answer has an empty body where JSON was expected")
    try:
        return json.loads(response.content)
    except RecursionError:
        problem = "the answer's JSON is nested too deeply to decode"
    except ValueError:
        problem = "the answer is not JSON"
    raise decode_error(response, problem)


def json_object(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a 2xx answer, exactly as sent; DecodeError when the body is not one."""
    value = json_value(response)
    if not isinstance(value, dict):
        raise decode_error(response, "the answer is JSON but not an object")
    return value


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _raw_chunks(response: httpx.Response, reader: BodyReader) -> Iterator[bytes]:
    """The body as it arrives; one chunk, already decoded by httpx, for a Response a caller's transport read."""
    if response.is_stream_consumed:
        reader.already_decoded()
        return iter((response.content,))
    return response.iter_raw()


def _araw_chunks(response: httpx.Response, reader: BodyReader) -> AsyncIterator[bytes]:
    if response.is_stream_consumed:
        reader.already_decoded()

        async def content() -> AsyncIterator[bytes]:
            yield response.content

        return content()
    return response.aiter_raw()


def _pool_wait(outgoing: httpx.Request) -> float | None:
    """Seconds a request may wait for a connection of the pool: its timeout's pool phase (None: no limit)."""
    wait = outgoing.extensions.get("timeout", {}).get("pool")
    return None if wait is None else float(wait)


_NO_FREE_CONNECTION = "no connection of the client's pool came free in time"


@functools.lru_cache(maxsize=1024)
def _parsed_url(url: str) -> httpx.URL:
    """A URL parsed once: httpx.URL is immutable, and a script sends the same few URLs again and again."""
    return httpx.URL(url)


def _query_value(value: object) -> str:
    """A query value as httpx writes it: true/false for a bool, the str of anything else."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def _query(params: Mapping[str, Any]) -> str:
    """The query string httpx would make of params (a list repeats its key: deployment_types=A&deployment_types=B)."""
    pairs = [
        (key, _query_value(item))
        for key, value in params.items()
        for item in (value if isinstance(value, list | tuple) else (value,))
    ]
    return urlencode(pairs)


def _decoded_headers(headers: httpx.Headers, decoded: bool) -> httpx.Headers:
    """The answer's headers for the body as the client holds it: decoded, so without Content-Encoding."""
    if not decoded or "content-encoding" not in headers:
        return headers
    return httpx.Headers([(k, v) for k, v in headers.multi_items() if k.lower() not in _HOP_BY_HOP])


class _Loop:
    """What the sync and async loops share: building requests and deciding what each outcome means."""

    client: httpx.Client | httpx.AsyncClient | None
    """A caller's http_client, or None when the facade sends over its own pool."""

    def __init__(self, settings: ClientSettings, client: httpx.Client | httpx.AsyncClient | None) -> None:
        self.endpoint = settings.endpoint
        self._authorization = settings.authorization
        self._token = settings.authorization.partition(" ")[2].encode()
        """The token's bytes, masked in any answer that echoes it."""
        self._timeout = settings.timeout
        self._budget = settings.budget
        self.policy = settings.policy
        self.max_response_bytes = settings.max_response_bytes
        self.client = client
        self._root: Any = self
        """The transport that owns the pool and the client's state; a view (with_options) shares them."""
        self._closed = False
        self.last_headers: httpx.Headers | None = None
        """The headers of the last answer the client (or a view of it) received: client.ratelimit reads them."""
        # A caller's client adds its own defaults; our own pool gets these. Content-Type is JSON unless the
        # body says otherwise, as DigitalOcean's own clients send it: some bodyless requests are refused
        # without it (DELETE /v2/projects/{id} answers 415).
        self._default_headers = {"User-Agent": settings.user_agent, "Content-Type": "application/json"}
        if client is None:
            self._default_headers |= {"Accept": "application/json", "Accept-Encoding": "gzip, deflate"}

    # -- building -------------------------------------------------------------------------------------

    def deadline_for(self, request: ApiRequest) -> float | None:
        """When the call must end: the (call's or client's) budget from now, or the request's deadline if sooner."""
        budget = request.timeout[1] if request.timeout is not None else self._budget
        if budget is None:
            return request.deadline
        deadline = time.monotonic() + budget
        return deadline if request.deadline is None else min(deadline, request.deadline)

    @property
    def closed(self) -> bool:
        return bool(self._root._closed)

    def view(self, *, timeout: tuple[httpx.Timeout, float | None] | None = None, policy: Any = None) -> Any:
        """A transport on the same pool and state with other settings (Client.with_options, waits' polls)."""
        view = copy.copy(self)
        if timeout is not None:
            view._timeout, view._budget = timeout
        if policy is not None:
            view.policy = policy
        return view

    def _check_open(self) -> None:
        if self.closed:
            raise ClientClosedError("the client is closed: create a new one (or use it inside its `with` block)")

    def _build(self, request: ApiRequest, deadline: float | None) -> httpx.Request:
        base = request.timeout[0] if request.timeout is not None else self._timeout
        if request.phases:
            base = httpx.Timeout(**{**base.as_dict(), **request.phases})
        timeout = self._timeout_for(deadline, base)
        headers = {**self._default_headers, **request.headers, "Authorization": self._authorization}
        url = (request.base_url or self.endpoint) + request.path
        try:
            if self.client is not None:  # a caller's client: let it add its headers, cookies and auth
                return self.client.build_request(
                    request.method,
                    url,
                    params=request.params,
                    headers=headers,
                    content=request.content,
                    timeout=timeout,
                )
            # Our own pool: build the request directly; httpx.Client's merging of settings we never use
            # (and its cookie jar) is a fifth of a call's CPU, and parsing the URL a third of the rest.
            if request.params:
                url = f"{url}?{_query(request.params)}"
            return httpx.Request(
                request.method,
                _parsed_url(url),
                headers=headers,
                content=request.content,
                extensions={"timeout": timeout.as_dict()},
            )
        except httpx.InvalidURL as error:
            # httpx's reason (too long, a bad character) without the URL, which a caller's value made.
            reason = str(error).split(":", 1)[0]
            raise ValueError(f"{request.method} {request.path[:80]}: the request URL is invalid ({reason})") from None

    @staticmethod
    def _timeout_for(deadline: float | None, timeout: httpx.Timeout) -> httpx.Timeout:
        """The per-phase timeout, shortened to what is left before the call's deadline."""
        if deadline is None:
            return timeout
        left = max(0.001, deadline - time.monotonic())
        phases = timeout.as_dict()
        return httpx.Timeout(**{name: left if value is None else min(value, left) for name, value in phases.items()})

    @staticmethod
    def _past_deadline(deadline: float | None, wait: float) -> bool:
        return deadline is not None and time.monotonic() + wait >= deadline

    # -- answers --------------------------------------------------------------------------------------

    def _body_reader(self, response: httpx.Response, deadline: float | None) -> BodyReader:
        success = response.is_success
        return BodyReader(
            response.headers.get("content-encoding"),
            limit=self.max_response_bytes if success else C.MAX_ERROR_BODY_BYTES,
            truncate=not success,
            deadline=deadline,
        )

    def _answer(self, response: httpx.Response, reader: BodyReader, outgoing: httpx.Request) -> httpx.Response:
        """The answer as the client keeps it: the decoded body, and for an error a request without the token.

        A 2xx answer keeps the request it answered: only its JSON reaches the caller, and what hands the
        answer itself out (a DecodeError, a RawResponse) copies it without the token first.
        """
        content = reader.finish()
        undecodable = reader.undecodable
        if not reader.decoded:  # an encoding we did not ask for (a caller's client may): httpx decodes it
            content = httpx.Response(response.status_code, headers=response.headers, content=content).content
        token = self._token
        if token and token in content:
            content = content.replace(token, b"***")  # a page echoing the request (a proxy's): never keep the token
        request = outgoing
        if not response.is_success:
            headers = [(k, v) for k, v in outgoing.headers.multi_items() if k.lower() != "authorization"]
            request = httpx.Request(outgoing.method, outgoing.url, headers=headers)
        answer = httpx.Response(
            response.status_code,
            headers=_decoded_headers(response.headers, reader.decoded),
            content=content,
            request=request,
            extensions={"reason_phrase": response.extensions.get("reason_phrase", b"")},
        )
        if undecodable:
            answer.extensions["pydo_facade_undecodable"] = response.headers.get("content-encoding", "encoded")
            if answer.is_success:
                raise decode_error(answer, "the answer's body is not valid in its Content-Encoding")
        return answer

    def _too_large(self, outgoing: httpx.Request) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{outgoing.method} {outgoing.url.path}: the answer is larger than max_response_bytes "
            f"({self.max_response_bytes} bytes decoded); nothing was kept"
        )

    def _unanswered(self, exc: httpx.TransportError, current: Exchange) -> _Unanswered:
        deadline_passed = current.deadline is not None and time.monotonic() >= current.deadline
        return _Unanswered(classify(exc, current), _describe(exc), deadline_passed)

    def _next_request(self, response: httpx.Response, sent: httpx.Request, redirects: int) -> httpx.Request | None:
        """The redirect to follow within the endpoint's origin, or None; 'too many redirects' past MAX_REDIRECTS.

        Methods change as httpx and browsers change them: 303 (and 302) to GET, a POST on 301 to GET.
        """
        if response.status_code not in _REDIRECTS or "location" not in response.headers:
            return None
        try:
            target = sent.url.join(response.headers["location"])
        except httpx.InvalidURL:
            return None
        if (target.scheme, target.host, target.port) != (sent.url.scheme, sent.url.host, sent.url.port):
            return None
        if redirects >= C.MAX_REDIRECTS:
            error = error_from_response(response)
            error.message = f"too many redirects: stopped after following {C.MAX_REDIRECTS} within the endpoint"
            raise error
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

    # -- decisions ------------------------------------------------------------------------------------

    def after_response(
        self, request: ApiRequest, deadline: float | None, attempt: int, response: httpx.Response
    ) -> float:
        """Seconds to wait before sending again; raises the mapped error when this answer is final."""
        wait = self.policy.after_response(attempt, response, request.resendable)
        if wait is None or self._past_deadline(deadline, wait):
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

    def after_failure(self, request: ApiRequest, deadline: float | None, attempt: int, failed: _Unanswered) -> float:
        """Seconds to wait before sending again; raises ServiceRequestError/ServiceResponseError when final."""
        wait = self.policy.after_failure(attempt, failed.failure, request.resendable)
        if failed.deadline_passed or wait is None or self._past_deadline(deadline, wait):
            raise transport_error(request, failed.failure, failed.detail, attempt, timed_out=failed.deadline_passed)
        logger.info(
            "retrying %s %s after %s: %s (attempt %d of %d) in %.2f s",
            request.method,
            request.path,
            failed.detail.split(":", 1)[0],
            "no answer" if failed.failure is Failure.MAYBE_SENT else failed.failure.value,
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
        self._slots = threading.BoundedSemaphore(C.MAX_CONNECTIONS)
        """One per connection the pool may open (see _connection_slot)."""

    def _take_slot(self, outgoing: httpx.Request) -> bool:
        """Take one of C.MAX_CONNECTIONS slots for an exchange on the client's own pool (none for a caller's).

        httpcore's pool does work for every request queued in it whenever any request starts or ends: with
        hundreds queued, that work starves the requests it has handed a connection to, the connections
        expire unused and are replaced (more than the bound, over the burst). Waiting here instead keeps
        at most C.MAX_CONNECTIONS requests in the pool, each finding its connection at once.
        """
        if self.client is not None:
            return False
        if not self._slots.acquire(timeout=_pool_wait(outgoing)):
            raise httpx.PoolTimeout(_NO_FREE_CONNECTION)
        return True

    def _exchange(self, outgoing: httpx.Request, deadline: float | None) -> httpx.Response:
        """One request and its whole (bounded, decoded) answer, without following redirects."""
        unanswered: _Unanswered | None = None
        too_large = False
        slot = False
        current, token = begin_exchange(deadline)
        try:
            try:
                slot = self._take_slot(outgoing)
                response = self._exchange_head(outgoing)
            except httpx.TransportError as exc:
                if slot:  # free it before looking for a reset (which may take a moment)
                    self._slots.release()
                    slot = False
                confirm_unread(current)
                unanswered = self._unanswered(exc, current)
            else:
                reader = self._body_reader(response, deadline)
                try:
                    for chunk in _raw_chunks(response, reader):
                        reader.feed(chunk)
                        if reader.full:
                            break
                except httpx.TransportError as exc:
                    unanswered = self._unanswered(exc, current)
                except BodyTooLarge:
                    too_large = True
                finally:
                    response.close()
        finally:
            if slot:
                self._slots.release()
            end_exchange(token)
        if unanswered is not None:
            raise unanswered
        if too_large:
            raise self._too_large(outgoing)
        return self._answer(response, reader, outgoing)

    def _exchange_head(self, outgoing: httpx.Request) -> httpx.Response:
        if self.client is not None:
            return self.client.send(outgoing, stream=True, follow_redirects=False)
        assert self.pool is not None
        response = self.pool.handle_request(outgoing)
        response.request = outgoing
        return response

    def _send(self, request: ApiRequest, deadline: float | None) -> httpx.Response:
        outgoing: httpx.Request | None = self._build(request, deadline)
        redirects = 0
        while outgoing is not None:
            started = time.monotonic()
            response = self._exchange(outgoing, deadline)
            self._root.last_headers = response.headers
            self._log(outgoing, response, started)
            outgoing = self._next_request(response, outgoing, redirects)
            redirects += 1
        return response

    def request(self, request: ApiRequest) -> httpx.Response:
        """Send with retries; the 2xx answer, or the mapped exception."""
        self._check_open()
        deadline = self.deadline_for(request)
        attempt = 0
        while True:
            attempt += 1
            unanswered: _Unanswered | None = None
            try:
                response = self._send(request, deadline)
            except _Unanswered as failed:
                unanswered = failed
            if unanswered is not None:  # decided outside the except block: nothing gets chained
                wait = self.after_failure(request, deadline, attempt, unanswered)
            elif response.is_success:
                return response
            else:
                wait = self.after_response(request, deadline, attempt, response)
            time.sleep(wait)

    def call(self, request: ApiRequest) -> dict[str, Any]:
        """Send with retries and return the JSON object of the answer exactly as sent."""
        return json_object(self.request(request))

    def close(self) -> None:
        """Close the client's own pool (a caller's httpx.Client stays open); later calls raise ClientClosedError."""
        self._root._closed = True
        if self.pool is not None:
            self.pool.close()


class AsyncTransport(_Loop):
    """Sends ApiRequests over an async pool per event loop (aiohttp's with [aio]), or over a caller's client.

    A pool belongs to the event loop it was opened in; a client used again under a new asyncio.run()
    opens a new pool there, so one AsyncClient may serve several loops one after another.
    """

    client: httpx.AsyncClient | None

    def __init__(
        self,
        settings: ClientSettings,
        *,
        pools: Callable[[], httpx.AsyncBaseTransport] | None,
        client: httpx.AsyncClient | None,
    ) -> None:
        super().__init__(settings, client)
        self.new_pool: Callable[[], httpx.AsyncBaseTransport] | None = pools
        """Opens the client's own pool for the running event loop (None with a caller's client)."""
        self.pool: httpx.AsyncBaseTransport | None = None
        """The pool of the loop the client was last used in."""
        self._pool_loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        """One per connection that pool may open (see SyncTransport._connection_slot); made with the pool."""

    async def _current_pool(self) -> httpx.AsyncBaseTransport:
        import asyncio

        root = self._root  # a view (with_options) uses its client's pools
        assert root.new_pool is not None
        loop = asyncio.get_running_loop()
        if root.pool is None or root._pool_loop is not loop:
            if root.pool is not None and root._pool_loop is not None and not root._pool_loop.is_closed():
                # A pool still alive in another running loop: its connections cannot move here.
                raise RuntimeError(
                    "this AsyncClient is in use in another running event loop; create one AsyncClient per loop"
                )
            stale, root.pool, root._pool_loop = root.pool, root.new_pool(), loop
            root._slots = asyncio.Semaphore(C.MAX_CONNECTIONS)
            if stale is not None:  # the pool of a loop that has ended: its sockets can only be dropped
                with contextlib.suppress(Exception):
                    await stale.aclose()
        pool: httpx.AsyncBaseTransport = root.pool
        return pool

    async def _take_slot(self, outgoing: httpx.Request) -> asyncio.Semaphore | None:
        """SyncTransport._take_slot for the async loop: the slot taken (at once when one is free), or None."""
        import asyncio

        if self.client is not None:
            return None
        await self._current_pool()
        slots: asyncio.Semaphore | None = self._root._slots
        assert slots is not None
        if not slots.locked():
            await slots.acquire()  # a free slot: no timer to arm
            return slots
        try:
            async with asyncio.timeout(_pool_wait(outgoing)):
                await slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(_NO_FREE_CONNECTION) from None
        return slots

    async def _exchange(self, outgoing: httpx.Request, deadline: float | None) -> httpx.Response:
        """One request and its whole (bounded, decoded) answer, without following redirects."""
        import asyncio

        unanswered: _Unanswered | None = None
        too_large = False
        response: httpx.Response | None = None
        reader: BodyReader | None = None
        slot: asyncio.Semaphore | None = None
        current, token = begin_exchange(deadline)
        try:
            try:
                async with asyncio.timeout(None if deadline is None else max(0.0, deadline - time.monotonic())):
                    slot = await self._take_slot(outgoing)
                    response = await self._exchange_head(outgoing)
                    reader = self._body_reader(response, deadline)
                    try:
                        async for chunk in _araw_chunks(response, reader):
                            reader.feed(chunk)
                            if reader.full:
                                break
                    finally:
                        await response.aclose()
            except httpx.TransportError as exc:
                if slot is not None:  # free it before looking for a reset (which may take a moment)
                    slot.release()
                    slot = None
                await aconfirm_unread(current)
                unanswered = self._unanswered(exc, current)
            except TimeoutError:
                # Only our own pools report when the first byte went out; a caller's client may have sent it.
                sent = current.started or response is not None or self.client is not None
                failure = Failure.MAYBE_SENT if sent else Failure.NOT_SENT
                unanswered = _Unanswered(failure, "the call's timeout passed", deadline_passed=True)
            except BodyTooLarge:
                too_large = True
            except Exception as exc:
                if not type(exc).__module__.startswith("aiohttp"):
                    raise
                # httpx-aiohttp passes some aiohttp errors through unmapped (an unparsable answer, say).
                detail = f"unusable answer: {getattr(exc, 'message', '') or type(exc).__name__}"
                unanswered = _Unanswered(Failure.MAYBE_SENT, detail, deadline_passed=False)
        finally:
            if slot is not None:
                slot.release()
            end_exchange(token)
        if unanswered is not None:
            raise unanswered
        if too_large:
            raise self._too_large(outgoing)
        assert response is not None
        assert reader is not None
        return self._answer(response, reader, outgoing)

    async def _exchange_head(self, outgoing: httpx.Request) -> httpx.Response:
        if self.client is not None:
            return await self.client.send(outgoing, stream=True, follow_redirects=False)
        pool = self._root.pool  # _take_slot made it current for this loop
        if pool is None:  # closed while this request waited for a connection: never open a new pool
            self._check_open()  # raises: only aclose() drops the pool
        assert pool is not None
        response: httpx.Response = await pool.handle_async_request(outgoing)
        response.request = outgoing
        return response

    async def _send(self, request: ApiRequest, deadline: float | None) -> httpx.Response:
        outgoing: httpx.Request | None = self._build(request, deadline)
        redirects = 0
        while outgoing is not None:
            started = time.monotonic()
            response = await self._exchange(outgoing, deadline)
            self._root.last_headers = response.headers
            self._log(outgoing, response, started)
            outgoing = self._next_request(response, outgoing, redirects)
            redirects += 1
        return response

    async def request(self, request: ApiRequest) -> httpx.Response:
        """Send with retries; the 2xx answer, or the mapped exception."""
        import asyncio

        self._check_open()
        deadline = self.deadline_for(request)
        attempt = 0
        while True:
            attempt += 1
            unanswered: _Unanswered | None = None
            try:
                response = await self._send(request, deadline)
            except _Unanswered as failed:
                unanswered = failed
            if unanswered is not None:  # decided outside the except block: nothing gets chained
                wait = self.after_failure(request, deadline, attempt, unanswered)
            elif response.is_success:
                return response
            else:
                wait = self.after_response(request, deadline, attempt, response)
            await asyncio.sleep(wait)

    async def call(self, request: ApiRequest) -> dict[str, Any]:
        """Send with retries and return the JSON object of the answer exactly as sent."""
        return json_object(await self.request(request))

    async def aclose(self) -> None:
        """Close the client's own pool (not a caller's client); later calls raise ClientClosedError."""
        root = self._root
        root._closed = True
        pool, loop = root.pool, root._pool_loop
        root.pool = root._pool_loop = None
        if pool is not None and loop is not None and not loop.is_closed():
            await pool.aclose()
