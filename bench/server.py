"""The bench's loopback TLS server: answers the bench's requests like DigitalOcean, as cheaply as it can.

A raw asyncio Protocol (no framework, no http.server) so that its per-request cost stays far below the
clients'. HTTP/1.1 with keep-alive; every answer carries DigitalOcean's ratelimit headers and an
x-request-id. It answers:

- POST /v2/apps/{id}/restart: 200, the --body JSON (the restart figures);
- the script scenario's six requests, with the examples in --examples (bench/script_responses.json,
  written from the spec by bench/script_examples.py): GET /v2/account, GET /v2/droplets (which must ask
  for per_page=200&page=1), GET /v2/apps/{id}, DELETE /v2/volumes/{id} (204, no body),
  GET /v2/kubernetes/clusters/{id}/kubeconfig (application/yaml text) and POST /v2/droplets (202; the
  request must carry a body);
- anything else a 404, and a request that leaves out what its operation needs a 400.

    python bench/server.py --cert server.pem --key server.key --body restart_response.json \
        --examples script_responses.json

prints ``READY <port>`` once listening on 127.0.0.1, ``COUNTS <answered> <connections>`` (requests
answered with success, so neither a 400 nor a 404, and connections accepted so far) on SIGUSR1, and
serves until SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import signal
import ssl
import time
from pathlib import Path
from typing import Any

RATELIMIT_LIMIT = 5000
MAX_HEADER_BYTES = 64 * 1024
JSON = b"application/json; charset=utf-8"
YAML = b"application/yaml"
# (method, path pattern, answer, query pairs the request must carry, whether it must carry a body).
# The restart comes first: the restart figures pay for one match per request, as before.
NONE: frozenset[bytes] = frozenset()
ROUTES: tuple[tuple[bytes, re.Pattern[bytes], str, frozenset[bytes], bool], ...] = (
    (b"POST", re.compile(rb"^/v2/apps/[^/?#]+/restart$"), "apps_restart", NONE, False),
    (b"GET", re.compile(rb"^/v2/account$"), "account_get", NONE, False),
    (b"GET", re.compile(rb"^/v2/droplets$"), "droplets_list", frozenset({b"per_page=200", b"page=1"}), False),
    (b"GET", re.compile(rb"^/v2/apps/[^/?#]+$"), "apps_get", NONE, False),
    (b"DELETE", re.compile(rb"^/v2/volumes/[^/?#]+$"), "volumes_delete", NONE, False),
    (b"GET", re.compile(rb"^/v2/kubernetes/clusters/[^/?#]+/kubeconfig$"), "kubernetes_get_kubeconfig", NONE, False),
    (b"POST", re.compile(rb"^/v2/droplets$"), "droplets_create", NONE, True),
)
# operationId -> (status line, media type) of its success answer; the examples file gives the bodies.
STATUS = {
    "apps_restart": (b"200 OK", JSON),
    "account_get": (b"200 OK", JSON),
    "droplets_list": (b"200 OK", JSON),
    "apps_get": (b"200 OK", JSON),
    "volumes_delete": (b"204 No Content", None),
    "kubernetes_get_kubeconfig": (b"200 OK", YAML),
    "droplets_create": (b"202 Accepted", JSON),
}


def _fixed(status: bytes, body: bytes, request_id: bytes) -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: " + JSON + b"\r\n"
        b"content-length: %d\r\nx-request-id: %s\r\n\r\n" % (len(body), request_id) + body
    )


class Responses:
    """Prebuilt answer bytes: only the counters change from one request to the next."""

    def __init__(self, bodies: dict[str, bytes]) -> None:
        self.served = 0
        self.connections = 0
        self.not_found = _fixed(
            b"404 Not Found", b'{"id":"not_found","message":"The resource was not found."}', b"bench-404"
        )
        self.bad_request = _fixed(
            b"400 Bad Request",
            b'{"id":"bad_request","message":"the bench server expected another query or a body"}',
            b"bench-400",
        )
        self._heads: dict[str, bytes] = {}
        self._bodies: dict[str, bytes] = {}
        for name, (status, media) in STATUS.items():
            body = bodies.get(name, b"") if media is not None else b""
            head = b"HTTP/1.1 " + status + b"\r\n"
            if media is not None:
                head += b"content-type: " + media + b"\r\ncontent-length: %d\r\n" % len(body)
            self._heads[name] = head + b"ratelimit-limit: %d\r\n" % RATELIMIT_LIMIT
            self._bodies[name] = body

    def answer(self, name: str) -> bytes:
        """The success answer of operation `name`, with this request's ratelimit counters and id."""
        self.served += 1
        remaining = RATELIMIT_LIMIT - 1 - (self.served % RATELIMIT_LIMIT)
        reset = int(time.time()) + 60
        return (
            self._heads[name]
            + b"ratelimit-remaining: %d\r\nratelimit-reset: %d\r\n" % (remaining, reset)
            + b"x-request-id: 00000000-0000-4000-8000-%012x\r\n\r\n" % self.served
            + self._bodies[name]
        )

    def route(self, method: bytes, target: bytes, length: int) -> bytes:
        """The answer to one request line (and its body's length)."""
        path, _, query = target.partition(b"?")
        for route_method, pattern, name, needs_query, needs_body in ROUTES:
            if method == route_method and pattern.match(path):
                if (needs_query and not needs_query <= set(query.split(b"&"))) or (needs_body and not length):
                    return self.bad_request
                return self.answer(name)
        return self.not_found


class HttpProtocol(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection: parse each request just enough to answer it."""

    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        self._responses.connections += 1

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while self._transport is not None:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buffer) > MAX_HEADER_BYTES:
                    self._transport.close()
                return
            head = self._buffer[:end]
            request_line, _, header_block = head.partition(b"\r\n")
            length = 0
            close = False
            for line in header_block.split(b"\r\n"):
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value.strip())
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            total = end + 4 + length
            if len(self._buffer) < total:
                return
            self._buffer = self._buffer[total:]
            parts = request_line.split(b" ")
            method, target = (parts[0], parts[1]) if len(parts) >= 2 else (b"", b"")
            self._transport.write(self._responses.route(method, target, length))
            if close:
                self._transport.close()
                return

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None


async def serve(cert: Path, key: Path, bodies: dict[str, bytes], port: int) -> None:
    """Listen on 127.0.0.1, print READY <port>, serve until told to stop."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    responses = Responses(bodies)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HttpProtocol(responses), "127.0.0.1", port, ssl=context, backlog=256)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    loop.add_signal_handler(
        signal.SIGUSR1, lambda: print(f"COUNTS {responses.served} {responses.connections}", flush=True)
    )
    print(f"READY {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await stop.wait()
    print(f"SERVED {responses.served}", flush=True)


def _encoded(value: Any) -> bytes:
    """A JSON example compactly, as the API sends it; a text example (YAML) as it is."""
    return value.encode() if isinstance(value, str) else json.dumps(value, separators=(",", ":")).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cert", type=Path, required=True, help="server certificate chain (PEM)")
    parser.add_argument("--key", type=Path, required=True, help="server private key (PEM)")
    parser.add_argument("--body", type=Path, required=True, help="JSON answered to every restart")
    parser.add_argument("--examples", type=Path, required=True, help="{operationId: example} of the script")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args()
    examples = json.loads(args.examples.read_bytes())
    missing = sorted(name for name, (_, media) in STATUS.items() if media and name not in {"apps_restart", *examples})
    if missing:
        raise SystemExit(f"bench server: {args.examples} has no example for {', '.join(missing)}")
    bodies = {name: _encoded(value) for name, value in examples.items()}
    bodies["apps_restart"] = _encoded(json.loads(args.body.read_bytes()))
    asyncio.run(serve(args.cert, args.key, bodies, args.port))


if __name__ == "__main__":
    main()
