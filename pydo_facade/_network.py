"""The connection pools a client owns, and what the facade adds beneath them.

Beneath httpx's own pools (sync, and async without the [aio] extra) a thin network backend
  - bounds every connect, read and write by the call's deadline, so a server trickling a byte a
    second cannot stretch a call past its timeout (httpx's timeouts bound each read, not the call);
  - knows whether a request went out on a kept-alive connection and whether any byte came back, and
    checks a kept-alive connection is still open right before writing to it: the retry rules need
    both to tell "the server closed the idle connection, the request never left" from "it may have
    reached the server".
The aiohttp pool ([aio] extra) reports reuse through aiohttp's tracing; its deadline is the async
loop's asyncio.timeout (pydo_facade._transport).
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar, Token
from typing import Any

import httpcore
import httpx

from . import _constants as C

_RESET_ERRNOS = frozenset({errno.ECONNRESET, errno.EPIPE})
_LIMITS = httpx.Limits(
    max_connections=C.MAX_CONNECTIONS, max_keepalive_connections=C.MAX_CONNECTIONS, keepalive_expiry=C.KEEPALIVE_EXPIRY
)


class Exchange:
    """What happened on the network during one request and its answer.

    Attributes:
        deadline: time.monotonic() by which the call must end, or None.
        reused: the request went out on a connection that had carried an earlier request.
        started: a byte of the request was handed to a connection.
        received: bytes of the answer read from the connection (as far as the backend can see).
        end_of_stream: a duplicate of the socket that ended before any answer on a reused connection,
            to look for a reset.
        closed_unread: the server had closed the kept-alive connection before it could read the request:
            found closed right before the first byte was written, a write refused by its reset, or an end
            of stream followed by the reset our bytes drew from it.
    """

    __slots__ = ("closed_unread", "deadline", "end_of_stream", "received", "reused", "started")

    def __init__(self, deadline: float | None = None) -> None:
        self.deadline = deadline
        self.reused = False
        self.started = False
        self.received = 0
        self.end_of_stream: socket.socket | None = None
        self.closed_unread = False

    def __repr__(self) -> str:
        return f"Exchange(reused={self.reused}, started={self.started}, received={self.received})"


_CURRENT: ContextVar[Exchange | None] = ContextVar("pydo_facade_exchange", default=None)


def begin_exchange(deadline: float | None) -> tuple[Exchange, Token[Exchange | None]]:
    """Start recording one request's network events (in this thread or task); end_exchange(token) stops."""
    current = Exchange(deadline)
    return current, _CURRENT.set(current)


def end_exchange(token: Token[Exchange | None]) -> None:
    _CURRENT.reset(token)


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """The socket operation's timeout, cut to what is left before the call's deadline."""
    current = _CURRENT.get()
    if current is None or current.deadline is None:
        return timeout
    left = current.deadline - time.monotonic()
    if left <= 0:
        raise error("the call's timeout passed")
    return left if timeout is None else min(timeout, left)


def _before_write(requests: int, is_readable: Any) -> bool:
    """Note the first write of an exchange; raise WriteError (nothing written) on a connection found closed.

    Returns True when this write starts a new request on this connection.
    """
    current = _CURRENT.get()
    if current is None or current.started:
        return False
    current.started = True
    if requests:
        current.reused = True
        # An idle kept-alive connection that is readable has only an end of stream to give: the server
        # closed it. httpcore checks this when it takes a connection from the pool; checking again right
        # before the first byte leaves the race with the server's idle timer microseconds wide.
        if is_readable():
            current.closed_unread = True
            raise httpcore.WriteError("the server closed the kept-alive connection before the request was sent")
    return True


def _note_write_reset(exc: httpcore.WriteError) -> None:
    """A write on a reused connection refused by the server's reset, before any answer: the request was cut short.

    httpcore swallows a failed write and goes on to read (a server may answer early), where it finds only
    the end of stream, the reset already taken by the write. The request never got out whole, so the
    server cannot have acted on it: the exchange is marked closed_unread for the retry rules.
    """
    current = _CURRENT.get()
    if current is None or not current.reused or current.received:
        return
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionResetError | BrokenPipeError) or getattr(cause, "errno", None) in _RESET_ERRNOS:
            current.closed_unread = True
            return
        cause = cause.__cause__ or cause.__context__


def _readable(sock: Any) -> bool:
    """An idle kept-alive socket with something to read: only the server's end of stream (or garbage)."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _reset_pending(sock: Any) -> bool:
    """The kernel holds a reset for this socket: bytes we sent reached a socket the server had closed."""
    try:
        return sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) in _RESET_ERRNOS
    except (OSError, ValueError, AttributeError):
        return False


def _note_end_of_stream(current: Exchange | None, sock: Any) -> None:
    """At an end of stream before any answer on a reused connection, keep the socket to look for a reset.

    A server that read the request and then closed leaves nothing behind; one that had closed the idle
    connection before our bytes arrived answers them with a reset (RST), which the kernel keeps pending
    on the socket. It may arrive a moment after the end of stream: confirm_unread() looks for it.
    """
    if current is None or not current.reused or current.received or sock is None or current.end_of_stream:
        return
    with contextlib.suppress(OSError, ValueError, AttributeError):
        current.end_of_stream = socket.socket(fileno=os.dup(sock.fileno()))


_RESET_LOOKS = (0.0, 0.001, 0.002, 0.005, 0.01, 0.02)
"""Pauses between looks for a reset after an end of stream: about 40 ms in all, only on that failure."""


def _reset_looks(current: Exchange) -> Iterator[float]:
    """Pauses to sleep; after each, look for the reset. Marks the exchange closed_unread when one came."""
    sock, current.end_of_stream = current.end_of_stream, None
    if sock is None:
        return
    try:
        for pause in _RESET_LOOKS:
            yield pause
            if _reset_pending(sock):
                current.closed_unread = True
                return
    finally:
        sock.close()


def confirm_unread(current: Exchange) -> None:
    """After a failure: did the end of stream come from a server that discarded the request unread?"""
    for pause in _reset_looks(current):
        time.sleep(pause)


async def aconfirm_unread(current: Exchange) -> None:
    """confirm_unread() for the async loop."""
    import asyncio

    for pause in _reset_looks(current):
        await asyncio.sleep(pause)


class _Watch:
    """What one kept-alive aiohttp connection tells the exchange using it; installed once, armed per request.

    aiohttp may take an event-loop turn between handing out a connection and writing the request, and
    the server's close can land in it: the first write of each request checks the socket again, as
    _before_write does for httpcore. The protocol's reads are counted and an end of stream noted, as
    _after_read does. Where the transport or protocol cannot take the wrappers (not Python objects), none.
    """

    __slots__ = ("armed", "current", "sock")

    def __init__(self, sock: Any) -> None:
        self.sock = sock
        self.current: Exchange | None = None
        self.armed = False

    def install(self, transport: Any, protocol: Any) -> bool:
        write, writelines = getattr(transport, "write", None), getattr(transport, "writelines", None)
        data_received, eof_received = getattr(protocol, "data_received", None), getattr(protocol, "eof_received", None)
        if None in (write, writelines, data_received, eof_received):
            return False

        def checked(original: Callable[[Any], None]) -> Callable[[Any], None]:
            def first_write(data: Any) -> None:
                if self.armed:
                    self.armed = False
                    if _readable(self.sock):
                        if self.current is not None:
                            self.current.closed_unread = True
                        raise ConnectionResetError("the server closed the kept-alive connection before the request")
                original(data)

            return first_write

        def counted(data: bytes) -> None:
            if self.current is not None:
                self.current.received += len(data)
            data_received(data)  # type: ignore[misc]

        def ended() -> Any:
            _note_end_of_stream(self.current, self.sock)
            return eof_received()  # type: ignore[misc]

        try:
            transport.write, transport.writelines = checked(write), checked(writelines)  # type: ignore[arg-type]
            protocol.data_received, protocol.eof_received = counted, ended
        except (AttributeError, TypeError):
            return False
        return True


def _watch(connection: Any, sock: Any, current: Exchange) -> None:
    """Arm the connection's watch (installing it the first time it is reused) for this exchange."""
    protocol = connection.protocol
    watch = getattr(protocol, "_pydo_facade_watch", None)
    if watch is None:
        watch = _Watch(sock)
        try:
            protocol._pydo_facade_watch = watch  # kept on the connection: installed once, never stacked
        except (AttributeError, TypeError):
            return
        if not watch.install(connection.transport, protocol):
            protocol._pydo_facade_watch = False
    if watch:
        watch.current, watch.armed = current, True


def _after_read(data: bytes, stream: httpcore.NetworkStream | httpcore.AsyncNetworkStream) -> bytes:
    current = _CURRENT.get()
    if current is not None:
        if not data:
            _note_end_of_stream(current, stream.get_extra_info("socket"))
        current.received += len(data)
    return data


class _Stream(httpcore.NetworkStream):
    """httpcore's stream with the deadline, the kept-alive check and the request's head held for its body.

    httpcore writes a request as its head, then each body chunk, then the end of the message (b"" for a
    Content-Length body): three writes, each its own TLS record and system call. A request's head is held
    (after the kept-alive check, which must see the connection before any byte goes) and goes out with the
    next write, or before any read, so a POST leaves in one write.
    """

    def __init__(self, stream: httpcore.NetworkStream, requests: int = 0) -> None:
        self._stream = stream
        self._requests = requests
        self._held = b""

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._held:
            self.write(b"", timeout)
        return _after_read(self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout)), self._stream)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if _before_write(self._requests, lambda: self._stream.get_extra_info("is_readable")):
            self._requests += 1
            self._held = buffer
            return
        buffer, self._held = self._held + buffer, b""
        if not buffer:
            return
        try:
            self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))
        except httpcore.WriteError as exc:
            _note_write_reset(exc)
            raise

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        return _Stream(tls, self._requests)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._backend.connect_unix_socket(path, _bounded(timeout, httpcore.ConnectTimeout)))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    """The async twin of _Stream (the same rules, the head held for the body the same way)."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, requests: int = 0) -> None:
        self._stream = stream
        self._requests = requests
        self._held = b""

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._held:
            await self.write(b"", timeout)
        data = await self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))
        return _after_read(data, self._stream)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if _before_write(self._requests, lambda: self._stream.get_extra_info("is_readable")):
            self._requests += 1
            self._held = buffer
            return
        buffer, self._held = self._held + buffer, b""
        if not buffer:
            return
        try:
            await self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))
        except httpcore.WriteError as exc:
            _note_write_reset(exc)
            raise

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        tls = await self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(tls, self._requests)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_tcp(host, port, bounded, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(path, _bounded(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _wrap_backend(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> None:
    """Slide our backend under the transport's httpcore pool (pinned by tests/test_network.py)."""
    pool = transport._pool
    backend = pool._network_backend
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)
    elif isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncBackend(backend)


def sync_pool(ssl_context: ssl.SSLContext, proxy: str | None) -> httpx.HTTPTransport:
    """The pool of a Client: httpx's, bounded, under the deadline-keeping backend."""
    transport = httpx.HTTPTransport(verify=ssl_context, proxy=proxy, limits=_LIMITS)
    _wrap_backend(transport)
    return transport


def async_pools(ssl_context: ssl.SSLContext, proxy: str | None) -> Callable[[], httpx.AsyncBaseTransport]:
    """What opens an AsyncClient's pool on each event loop: aiohttp's with the [aio] extra, else httpx's own.

    Which one is decided here, when the client is made; the pool itself opens inside the loop that uses it.
    """
    try:
        import aiohttp
        from httpx_aiohttp import AiohttpTransport
    except ImportError:

        def httpx_pool() -> httpx.AsyncBaseTransport:
            transport = httpx.AsyncHTTPTransport(verify=ssl_context, proxy=proxy, limits=_LIMITS)
            _wrap_backend(transport)
            return transport

        return httpx_pool

    async def on_reuse(session: Any, context: Any, params: Any) -> None:
        current = _CURRENT.get()
        if current is not None:
            current.reused = True

    async def on_headers_sent(session: Any, context: Any, params: Any) -> None:
        current = _CURRENT.get()
        if current is not None:
            current.started = True

    class CheckedConnector(aiohttp.TCPConnector):
        """aiohttp's connector, checking a kept-alive connection is still open right before handing it out."""

        async def connect(self, req: Any, traces: Any, timeout: Any) -> aiohttp.connector.Connection:
            current = _CURRENT.get()
            for _ in range(C.MAX_CONNECTIONS + 1):
                if current is not None:
                    current.reused = False
                connection = await super().connect(req, traces, timeout)
                transport = connection.transport
                sock = transport.get_extra_info("socket") if transport is not None else None
                if current is None or not current.reused or sock is None:
                    return connection
                if not _readable(sock):
                    _watch(connection, sock, current)
                    return connection
                connection.close()  # the server closed it while idle: never write to it
            return connection

    def session() -> aiohttp.ClientSession:
        trace = aiohttp.TraceConfig()
        trace.on_connection_reuseconn.append(on_reuse)
        trace.on_request_headers_sent.append(on_headers_sent)
        connector = CheckedConnector(limit=C.MAX_CONNECTIONS, keepalive_timeout=C.KEEPALIVE_EXPIRY, ssl=ssl_context)
        session = aiohttp.ClientSession(connector=connector, trace_configs=[trace])
        # aiohttp sends a GET, PUT or DELETE again, once and silently, when the connection fails before an
        # answer, even after the server may have read it: a PUT on DigitalOcean deploys or resizes, and
        # retry_total=0 would not mean no retry. Only the facade's retry rules decide (no public switch).
        session._retry_connection = False
        return session

    def aiohttp_pool() -> httpx.AsyncBaseTransport:
        # verify= hands our context over as is (else the transport would build and discard a default one).
        return AiohttpTransport(verify=ssl_context, client=session, proxy=httpx.Proxy(proxy) if proxy else None)

    return aiohttp_pool
