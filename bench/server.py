"""The bench's loopback TLS server: answers POST /v2/apps/{id}/restart like DigitalOcean, as cheaply as it can.

A raw asyncio Protocol (no framework, no http.server) so that its per-request cost stays far below the
clients'. HTTP/1.1 with keep-alive; every response carries the ratelimit headers and an x-request-id.

    python bench/server.py --cert server.pem --key server.key --body restart_response.json

prints ``READY <port>`` once listening on 127.0.0.1, ``COUNTS <restarts> <connections>`` (answered and
accepted so far) on SIGUSR1, and serves until SIGTERM or SIGINT.
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

RESTART_PATH = re.compile(rb"^/v2/apps/[^/?#]+/restart$")
RATELIMIT_LIMIT = 5000
MAX_HEADER_BYTES = 64 * 1024


class Responses:
    """Prebuilt response bytes: only the counters change from one request to the next."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.served = 0
        self.connections = 0
        not_found_body = b'{"id":"not_found","message":"The resource was not found."}'
        self.not_found = (
            b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json; charset=utf-8\r\n"
            + b"content-length: %d\r\nx-request-id: bench-404\r\n\r\n" % len(not_found_body)
            + not_found_body
        )
        self._head = (
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json; charset=utf-8\r\n"
            + b"content-length: %d\r\nratelimit-limit: %d\r\n" % (len(body), RATELIMIT_LIMIT)
        )

    def restart(self) -> bytes:
        """The 200 answer to one restart, with this request's ratelimit counters and id."""
        self.served += 1
        remaining = RATELIMIT_LIMIT - 1 - (self.served % RATELIMIT_LIMIT)
        reset = int(time.time()) + 60
        return (
            self._head
            + b"ratelimit-remaining: %d\r\nratelimit-reset: %d\r\n" % (remaining, reset)
            + b"x-request-id: 00000000-0000-4000-8000-%012x\r\n\r\n" % self.served
            + self.body
        )


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
            if method == b"POST" and RESTART_PATH.match(target.partition(b"?")[0]):
                self._transport.write(self._responses.restart())
            else:
                self._transport.write(self._responses.not_found)
            if close:
                self._transport.close()
                return

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None


async def serve(cert: Path, key: Path, body: bytes, port: int) -> None:
    """Listen on 127.0.0.1, print READY <port>, serve until told to stop."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    responses = Responses(body)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cert", type=Path, required=True, help="server certificate chain (PEM)")
    parser.add_argument("--key", type=Path, required=True, help="server private key (PEM)")
    parser.add_argument("--body", type=Path, required=True, help="JSON answered to every restart")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args()
    body = json.dumps(json.loads(args.body.read_bytes()), separators=(",", ":")).encode()
    asyncio.run(serve(args.cert, args.key, body, args.port))


if __name__ == "__main__":
    main()
