"""A real loopback HTTP/1.1 server whose answers each test scripts: statuses, stalls, resets, closes, redirects."""

from __future__ import annotations

import json
import socket
import socketserver
import ssl
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Seen:
    """One request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)
    """time.monotonic() when the server had read the whole request."""

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


Action = Callable[[socket.socket, "FaultServer"], bool]
"""Performs one answer on the connection; returns True to keep the connection open for the next request."""


def respond(
    status: int,
    body: bytes | str | dict[str, Any] | list[Any] = b"",
    *,
    headers: dict[str, str] | None = None,
    reason: str = "",
) -> Action:
    """Answer with this status, body (a dict is sent as JSON) and headers."""
    if isinstance(body, dict | list):
        payload = json.dumps(body).encode()
        headers = {"Content-Type": "application/json", **(headers or {})}
    else:
        payload = body.encode() if isinstance(body, str) else body

    def act(conn: socket.socket, server: FaultServer) -> bool:
        lines = [f"HTTP/1.1 {status} {reason or _REASONS.get(status, 'Status')}"]
        merged = {"Content-Length": str(len(payload)), **(headers or {})}
        lines += [f"{k}: {v}" for k, v in merged.items()]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + payload)
        return True

    return act


def stall(seconds: float = 30.0) -> Action:
    """Read the request, then answer nothing for `seconds` (a read timeout on the client's side)."""

    def act(conn: socket.socket, server: FaultServer) -> bool:
        server.stop_event.wait(seconds)
        return False

    return act


def close_without_answer() -> Action:
    """Read the request, then close the connection without a byte of answer."""

    def act(conn: socket.socket, server: FaultServer) -> bool:
        return False

    return act


def reset_mid_body(status: int = 200) -> Action:
    """Send the head and part of the body, then reset the connection (RST)."""

    def act(conn: socket.socket, server: FaultServer) -> bool:
        conn.sendall(
            f"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n".encode()
            + b'{"deployment": {"id": "'
        )
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return act


def echo_authorization(status: int = 502) -> Action:
    """An error page that reflects the request's Authorization header back, as some proxies and WAFs do."""

    def act(conn: socket.socket, server: FaultServer) -> bool:
        with server._lock:
            authorization = server.seen[-1].headers.get("authorization", "")
        page = f"<html><body><h1>{status}</h1><pre>Authorization: {authorization}</pre></body></html>"
        return respond(status, page, headers={"Content-Type": "text/html"})(conn, server)

    return act


def closed_port_url() -> str:
    """An http:// loopback URL where nothing listens (a connection to it is refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    307: "Temporary Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class FaultServer:
    """Answers requests in order with the queued actions; when the queue is empty, with `default`.

    >>> with FaultServer() as server:
    ...     server.queue(respond(503), respond(200, {"ok": True}))
    """

    tls: ssl.SSLContext | None = None
    default: Action = field(default_factory=lambda: respond(200, {"deployment": {"id": "d", "phase": "ACTIVE"}}))
    seen: list[Seen] = field(default_factory=list)
    stop_event: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._actions: list[Action] = []
        self._lock = threading.Lock()
        self._server: socketserver.ThreadingTCPServer | None = None
        self.connections = 0
        self.closed_by_client = 0

    @property
    def url(self) -> str:
        assert self._server is not None
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self._server.server_address[1]}"

    def wait_closed_by_client(self, count: int = 1, within: float = 3.0) -> bool:
        """True once `count` connections were closed by the client (EOF before a request)."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            with self._lock:
                if self.closed_by_client >= count:
                    return True
            time.sleep(0.01)
        return False

    def queue(self, *actions: Action) -> None:
        with self._lock:
            self._actions.extend(actions)

    def _next(self) -> Action:
        with self._lock:
            return self._actions.pop(0) if self._actions else self.default

    def _record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def start(self) -> FaultServer:
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                conn: socket.socket = self.request
                with outer._lock:
                    outer.connections += 1
                if outer.tls is not None:
                    try:
                        conn = outer.tls.wrap_socket(conn, server_side=True)
                    except (ssl.SSLError, OSError):
                        return
                reader = conn.makefile("rb")
                try:
                    while not outer.stop_event.is_set():
                        request = _read_request(reader)
                        if request is None:
                            with outer._lock:
                                outer.closed_by_client += 1
                            return
                        outer._record(request)
                        if not outer._next()(conn, outer):
                            return
                except OSError:
                    return
                finally:
                    reader.close()
                    conn.close()

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 128  # a pool opening dozens of connections at once is not refused

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def stop(self) -> None:
        self.stop_event.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read_request(reader: Any) -> Seen | None:
    line = reader.readline()
    if not line:
        return None
    method, path, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        header = reader.readline().decode("latin-1")
        if header in ("\r\n", "\n", ""):
            break
        key, _, value = header.partition(":")
        headers[key.strip().lower()] = value.strip()
    body = reader.read(int(headers.get("content-length", "0") or 0))
    return Seen(method=method, path=path, headers=headers, body=body)
