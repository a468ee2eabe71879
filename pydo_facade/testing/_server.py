"""The HTTP side of FakeDigitalOcean: a loopback server (plain or TLS) that moves bytes and refuses bad framing."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ._handlers import error_body

__all__ = ["LOOPBACK", "Response", "Server", "bare_error", "throwaway_tls"]

_log = logging.getLogger("pydo_facade.testing")

LOOPBACK = "127.0.0.1"
"""The only address the fake listens on."""
JSON_TYPE = "application/json; charset=utf-8"
# The longest chunk-size or trailer line, and the most trailer lines, a chunked body may have (http.client's limits).
_MAX_LINE_BYTES = 65536
_MAX_TRAILERS = 100
# After refusing a request the fake half-closes and discards what the client still sends, for this long at most and
# this much at most: closing with unread bytes resets the connection, and a reset can lose the answer on the way
# (some systems drop received data on a reset). Web servers do the same ("lingering close").
_LINGER_SECONDS = 1.0
_LINGER_BYTES = 1024 * 1024
# A TLS client gets this long to finish its handshake (it happens in the connection's own thread).
_HANDSHAKE_SECONDS = 10.0
# RFC 9112's chunk-size line (hex size, optional extensions, CRLF).
_CHUNK_SIZE_LINE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\r\n")
_DECIMAL = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Response:
    """An answer as it goes on the wire: status, headers (the server adds Content-Length), body."""

    status: int
    headers: dict[str, str]
    body: bytes


Answerer = Callable[[str, str, dict[str, str], bytes], Response]
"""What the server calls for each request: (method, target, headers, body) -> Response."""


def bare_error(status: int, message: str) -> Response:
    """An error answer made outside the fake's lock (no rate-limit bookkeeping)."""
    request_id = str(uuid.uuid4())
    headers = {"x-request-id": request_id, "content-type": JSON_TYPE}
    return Response(status, headers, json.dumps(error_body(status, request_id, message)).encode())


def throwaway_tls(directory: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context with a certificate for 127.0.0.1 from a new CA, and that CA's PEM written in directory.

    The CA and its key live only in this process (trustme makes them); nothing is reused between fakes.
    """
    try:
        import trustme
    except ModuleNotFoundError:  # pragma: no cover - depends on what is installed
        raise ModuleNotFoundError(
            "FakeDigitalOcean(tls=True) makes its certificates with trustme, which is not installed: "
            "install pydo-facade's testing extra (pip install 'pydo-facade[testing]')",
            name="trustme",
        ) from None
    authority = trustme.CA(organization_name="FakeDigitalOcean throwaway CA")
    certificate = authority.issue_cert(LOOPBACK, "localhost")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    certificate.configure_cert(context)
    bundle = directory / "fake-digitalocean-ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    return context, bundle


class RefusedRequest(Exception):
    """A request whose framing the fake will not read (400) or whose body is over the cap (413)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _body_length(headers: Message, version: str) -> int | None:
    """The body's Content-Length (0 when there is none), or None for chunked; RefusedRequest for any other framing.

    RFC 9112 section 6: both headers at once is how requests are smuggled past a proxy, so it is refused, as is
    a Content-Length that is not one decimal number, a transfer coding other than chunked, and Transfer-Encoding
    in HTTP/1.0. A header line the parser could not read (such as ``Transfer-Encoding : chunked``) is refused
    too, rather than ignored.
    """
    if headers.defects:
        raise RefusedRequest(400, "the request has a header line the fake cannot parse")
    lengths = headers.get_all("content-length") or []
    codings = headers.get_all("transfer-encoding") or []
    if lengths and codings:
        raise RefusedRequest(400, "the request has both Content-Length and Transfer-Encoding: its framing is ambiguous")
    if codings:
        # strip only spaces and tabs: str.strip() would also remove characters such as U+00A0 and U+0085
        if len(codings) > 1 or codings[0].strip(" \t").lower() != "chunked":
            raise RefusedRequest(400, f"Transfer-Encoding must be exactly chunked, got {', '.join(codings)[:60]!r}")
        if version == "HTTP/1.0":
            raise RefusedRequest(400, "Transfer-Encoding is not allowed in an HTTP/1.0 request")
        return None
    values = {value.strip(" \t") for header in lengths for value in header.split(",")}
    if not values:
        return 0
    value = values.pop()
    if values or not _DECIMAL.fullmatch(value):
        raise RefusedRequest(400, f"Content-Length must be one decimal number, got {', '.join(lengths)[:60]!r}")
    digits = value.lstrip("0") or "0"
    # int() refuses more than about 4300 digits; any such number is over every body cap anyway
    return int(digits) if len(digits) <= 4000 else 10**4000


class Server(ThreadingHTTPServer):
    """The loopback server; it tracks its connections so that stop() can close kept-alive ones.

    With a TLS context, each connection's handshake happens in that connection's thread (never in the
    accepting one, which a client that never finishes its handshake would otherwise hold up).
    """

    daemon_threads = True
    block_on_close = False

    def __init__(self, answer: Answerer, *, max_body_bytes: int, tls: ssl.SSLContext | None = None) -> None:
        super().__init__((LOOPBACK, 0), _Handler)
        self.answer = answer
        self.max_body_bytes = max_body_bytes
        self.tls = tls
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def _track(self, connection: socket.socket, *, add: bool) -> None:
        with self._connections_lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def process_request(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        if isinstance(request, socket.socket):
            self._track(request, add=True)
        super().process_request(request, client_address)

    def finish_request(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        if self.tls is None or not isinstance(request, socket.socket):
            super().finish_request(request, client_address)
            return
        request.settimeout(_HANDSHAKE_SECONDS)
        try:
            wrapped = self.tls.wrap_socket(request, server_side=True)  # takes over the socket's descriptor
        except (OSError, ssl.SSLError):
            _log.debug("FakeDigitalOcean: TLS handshake with %s failed", client_address, exc_info=True)
            return
        self._track(request, add=False)
        self._track(wrapped, add=True)
        try:
            wrapped.settimeout(None)
            super().finish_request(wrapped, client_address)
        finally:
            self._track(wrapped, add=False)
            with contextlib.suppress(OSError):
                wrapped.close()

    def shutdown_request(self, request: socket.socket | tuple[bytes, socket.socket]) -> None:
        if isinstance(request, socket.socket):
            self._track(request, add=False)
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
    """Moves bytes between the socket and the fake's answer function, with keep-alive (HTTP/1.1)."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: without it each answer waits ~40 ms
    server_version = "FakeDigitalOcean"
    sys_version = ""

    def _serve(self) -> None:
        server = self.server
        if not isinstance(server, Server):
            raise RuntimeError("_Handler runs only inside FakeDigitalOcean's server")
        refused = False
        try:
            body = self._read_body(server.max_body_bytes)
        except RefusedRequest as refusal:
            # not recorded and not counted: like any framing error, it never reaches the API behaviour
            refused = self.close_connection = True
            response = bare_error(refusal.status, refusal.message)
        else:
            try:
                response = server.answer(self.command, self.path, dict(self.headers.items()), body)
            except Exception as exc:  # a bug in the fake: answer it as the 500 it is, with the cause
                _log.exception("FakeDigitalOcean failed on %s %s", self.command, self.path)
                response = bare_error(500, f"FakeDigitalOcean crashed: {exc!r}")
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
            raise RefusedRequest(413, f"the body (Content-Length) is over the {max_body_bytes} bytes the fake accepts")
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            raise RefusedRequest(400, f"the body ended after {len(body)} of its {length} bytes (Content-Length)")
        return body

    def _read_chunked(self, max_body_bytes: int) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(_MAX_LINE_BYTES + 1)
            size_line = _CHUNK_SIZE_LINE.fullmatch(line)
            if size_line is None:
                raise RefusedRequest(400, f"malformed chunked body: {line[:40]!r} is not a hex chunk size and CRLF")
            size = int(size_line[1], 16)
            if size == 0:
                break
            total += size
            if total > max_body_bytes:  # checked before the chunk is read: nothing past the cap is read
                raise RefusedRequest(413, f"the chunked body is over the {max_body_bytes} bytes the fake accepts")
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.read(2) != b"\r\n":
                raise RefusedRequest(400, f"malformed chunked body: a chunk does not end after its {size} bytes")
            chunks.append(chunk)
        for _ in range(_MAX_TRAILERS + 1):
            line = self.rfile.readline(_MAX_LINE_BYTES + 1)
            if line == b"\r\n":
                return b"".join(chunks)
            if not line.endswith(b"\r\n"):
                raise RefusedRequest(
                    400, f"malformed chunked body: the trailer line {line[:40]!r} does not end in CRLF"
                )
        raise RefusedRequest(400, f"malformed chunked body: more than {_MAX_TRAILERS} trailer lines")

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


def header(headers: Mapping[str, str], name: str) -> str:
    """A request header's value by case-insensitive name ("" when absent)."""
    lowered = name.lower()
    return next((value for key, value in headers.items() if key.lower() == lowered), "")
