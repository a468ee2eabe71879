"""A loopback recording proxy: tunnels CONNECT and forwards absolute-form plain requests, keeping all it saw."""

from __future__ import annotations

import select
import socket
import socketserver
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_HEAD_END = b"\r\n\r\n"
_MAX_HEAD = 64 * 1024


@dataclass
class Tunnel:
    """One CONNECT: its target ("host:port"), its request head, and every byte relayed through it either way."""

    target: str
    head: bytes
    relayed: bytearray = field(default_factory=bytearray)


@dataclass
class Forwarded:
    """One absolute-form request ("GET http://host:port/path HTTP/1.1") the proxy forwarded, as it read it."""

    method: str
    url: str
    head: bytes
    body: bytes


@dataclass
class RecordingProxy:
    """An HTTP proxy on 127.0.0.1 that records every connection, tunnel and forwarded request.

    >>> with RecordingProxy() as proxy:
    ...     os.environ["HTTPS_PROXY"] = proxy.url
    """

    tunnels: list[Tunnel] = field(default_factory=list)
    forwarded: list[Forwarded] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: socketserver.ThreadingTCPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def everything_received(self) -> bytes:
        """Every byte that crossed the proxy: request heads, forwarded bodies and both directions of each tunnel."""
        with self._lock:
            parts = [bytes(t.head) + bytes(t.relayed) for t in self.tunnels]
            parts += [f.head + f.body for f in self.forwarded]
        return b"".join(parts)

    def start(self) -> RecordingProxy:
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with outer._lock:
                    outer.connections += 1
                try:
                    outer._serve(self.request)
                except OSError:
                    return
                finally:
                    self.request.close()

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> RecordingProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- one client connection ------------------------------------------------------------------

    def _serve(self, client: socket.socket) -> None:
        head, rest = _read_head(client)
        if head is None:
            return
        method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
        if method.upper() == "CONNECT":
            self._tunnel(client, target, head, rest)
        else:
            self._forward(client, method, target, head, rest)

    def _tunnel(self, client: socket.socket, target: str, head: bytes, rest: bytes) -> None:
        tunnel = Tunnel(target=target, head=head)
        with self._lock:
            self.tunnels.append(tunnel)
        host, _, port = target.rpartition(":")
        try:
            upstream = socket.create_connection((host.strip("[]"), int(port)), timeout=5)
        except OSError:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        with upstream:
            client.sendall(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            if rest:
                self._relay(rest, upstream, tunnel)
            self._pump(client, upstream, tunnel)

    def _pump(self, client: socket.socket, upstream: socket.socket, tunnel: Tunnel) -> None:
        """Relay bytes both ways until either side closes (or the proxy stops)."""
        peers = {client: upstream, upstream: client}
        while not self._stop.is_set():
            readable, _, _ = select.select(list(peers), [], [], 0.05)
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                self._relay(data, peers[sock], tunnel)

    def _relay(self, data: bytes, to: socket.socket, tunnel: Tunnel) -> None:
        with self._lock:
            tunnel.relayed += data
        to.sendall(data)

    def _forward(self, client: socket.socket, method: str, target: str, head: bytes, rest: bytes) -> None:
        lines = head.decode("latin-1").split("\r\n")[1:]
        headers = [line for line in lines if line and not line.lower().startswith(("connection:", "proxy-"))]
        length = next((int(line.split(":", 1)[1]) for line in headers if line.lower().startswith("content-length:")), 0)
        body = rest
        while len(body) < length:
            chunk = client.recv(65536)
            if not chunk:
                break
            body += chunk
        with self._lock:
            self.forwarded.append(Forwarded(method=method, url=target, head=head, body=body))
        url = urlsplit(target)
        if url.scheme != "http" or not url.hostname:
            client.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            return
        path = (url.path or "/") + (f"?{url.query}" if url.query else "")
        request = "\r\n".join([f"{method} {path} HTTP/1.1", *headers, "Connection: close", "", ""]).encode("latin-1")
        with socket.create_connection((url.hostname, url.port or 80), timeout=5) as upstream:
            upstream.sendall(request + body)
            while chunk := upstream.recv(65536):
                client.sendall(chunk)


def _read_head(sock: socket.socket) -> tuple[bytes | None, bytes]:
    """(the request head up to its blank line, the bytes read past it); (None, b"") when the client sent none."""
    data = b""
    while _HEAD_END not in data:
        chunk = sock.recv(65536)
        if not chunk or len(data) > _MAX_HEAD:
            return None, b""
        data += chunk
    head, _, rest = data.partition(_HEAD_END)
    return head + _HEAD_END, rest
