"""Hostile answers for the loopback FaultServer: trickles, endless and huge bodies, bombs, deep JSON, idle closes.

Each function returns an Action (see tests/fault_server.py). Actions that stream stop when the client goes
away (the write fails) or the server stops, so a test that gives up early leaves no thread behind for long.
ServerProcess runs a FaultServer in a process of its own, where the test's GIL cannot shift its timing.
"""

from __future__ import annotations

import json
import multiprocessing
import select
import socket
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from fault_server import Action, FaultServer, respond

TRICKLE_INTERVAL = 0.2
"""Seconds between the bytes (or chunks) of a trickle."""
OK = {"deployment": {"id": "d1", "phase": "ACTIVE"}}
_OK_BYTES = json.dumps(OK).encode()
_STREAM_PIECE = b"x" * (1 << 20)


def _send_slowly(conn: socket.socket, server: FaultServer, pieces: Any, interval: float) -> bool:
    """Send each piece after `interval` seconds, until they run out, the client leaves or the server stops."""
    for piece in pieces:
        if server.stop_event.wait(interval):
            return False
        conn.sendall(piece)
    return False


def header_trickle(interval: float = TRICKLE_INTERVAL) -> Action:
    """The status line and headers one byte every `interval` seconds (a 1 KiB header: minutes in all)."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"p" * 1024 + b"\r\n"
    head += b"Content-Length: %d\r\n\r\n" % len(_OK_BYTES) + _OK_BYTES

    def act(conn: socket.socket, server: FaultServer) -> bool:
        return _send_slowly(conn, server, (head[i : i + 1] for i in range(len(head))), interval)

    return act


def body_trickle(interval: float = TRICKLE_INTERVAL) -> Action:
    """A 200 whose head arrives at once and whose 1000-byte Content-Length body comes one byte every `interval`."""
    body = b'{"deployment": {"id": "d1", "phase": "ACTIVE", "pad": "' + b"p" * 1000 + b'"}}'

    def act(conn: socket.socket, server: FaultServer) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
        return _send_slowly(conn, server, (body[i : i + 1] for i in range(len(body))), interval)

    return act


def _forever(piece: bytes) -> Any:
    while True:
        yield piece


def chunk_trickle(interval: float = TRICKLE_INTERVAL) -> Action:
    """A chunked 200 sending a one-byte chunk every `interval` seconds, never the last chunk."""

    def act(conn: socket.socket, server: FaultServer) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        return _send_slowly(conn, server, _forever(b"1\r\n \r\n"), interval)

    return act


def endless_chunked() -> Action:
    """A chunked 200 sending 1 MiB chunks as fast as the client reads them, never the last chunk."""
    chunk = b"%x\r\n" % len(_STREAM_PIECE) + _STREAM_PIECE + b"\r\n"

    def act(conn: socket.socket, server: FaultServer) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        while not server.stop_event.is_set():
            conn.sendall(chunk)
        return False

    return act


def huge_body(size: int = 300_000_000) -> Action:
    """A 200 with Content-Length `size`, streamed from one 1 MiB buffer (never built in memory)."""

    def act(conn: socket.socket, server: FaultServer) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % size)
        view = memoryview(_STREAM_PIECE)
        left = size
        while left and not server.stop_event.is_set():
            piece = view[: min(left, len(view))]
            conn.sendall(piece)
            left -= len(piece)
        return False

    return act


def gzip_bomb(inflated_mib: int = 1024) -> bytes:
    """A valid gzip body of about 1 MB that inflates to `inflated_mib` MiB of zeros.

    One MiB of zeros is deflated once and ended with a full flush, which empties the compressor's window:
    the block refers to nothing before it, so `inflated_mib` copies of it are one valid deflate stream.
    Neither the inflated body nor zlib's work on it is ever held or done here.
    """
    mib = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = compressor.compress(mib) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(inflated_mib):
        crc = zlib.crc32(mib, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip magic, deflate, no name, no mtime, best, unknown OS
    last_block = b"\x03\x00"  # a final, empty, fixed-Huffman block
    trailer = struct.pack("<II", crc, (inflated_mib << 20) & 0xFFFFFFFF)
    return header + block * inflated_mib + last_block + trailer


def gzipped(status: int, body: bytes) -> Action:
    """Answer `status` with this body as is, labelled Content-Encoding: gzip (a bomb, or bytes that are not gzip)."""
    return respond(status, body, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})


def deep_json(status: int, depth: int = 100_000) -> Action:
    """Answer `status` with a JSON array nested `depth` deep (valid JSON, past any recursive decoder)."""
    return respond(status, b"[" * depth + b"]" * depth, headers={"Content-Type": "application/json"})


def json_of_size(size: int) -> Action:
    """A 200 whose JSON object body is exactly `size` bytes."""
    empty = {"deployment": {"id": "d1", "phase": "ACTIVE", "pad": ""}}
    pad = size - len(json.dumps(empty).encode())
    body = json.dumps({"deployment": {"id": "d1", "phase": "ACTIVE", "pad": "p" * pad}}).encode()
    assert len(body) == size
    return respond(200, body, headers={"Content-Type": "application/json"})


def redirect_to_itself(path: str) -> Action:
    """A 307 back to the same path: a loop that never ends unless the client stops it."""
    return respond(307, headers={"Location": path})


def answer_after(seconds: float) -> Action:
    """Answer 200 after `seconds`: long enough that every caller of a shared client is in flight at once."""
    answer = respond(200, OK)

    def act(conn: socket.socket, server: FaultServer) -> bool:
        server.stop_event.wait(seconds)
        return answer(conn, server)

    return act


def answer_then_close_when_idle(idle: float) -> Action:
    """Answer 200, then close the kept-alive connection unread unless a new request arrives within `idle` s.

    What an HTTP server's keep-alive timeout does: the close races a request sent just as it expires.
    """
    answer = respond(200, OK)

    def act(conn: socket.socket, server: FaultServer) -> bool:
        answer(conn, server)
        readable, _, _ = select.select([conn], [], [], idle)
        return bool(readable)

    return act


def answer_then_reset_the_next_request() -> Action:
    """Answer 200, keep the connection; when the next request arrives, reset the connection without reading it."""
    answer = respond(200, OK)

    def act(conn: socket.socket, server: FaultServer) -> bool:
        answer(conn, server)
        while not server.stop_event.is_set():
            readable, _, _ = select.select([conn], [], [], 0.05)
            if readable:
                break
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        return False

    return act


@dataclass
class Report:
    """What a ServerProcess saw: every request body it read, in order, and the connections it accepted."""

    bodies: list[bytes]
    connections: int


def _serve(factory: Any, args: tuple[Any, ...], queue: Any, stop: Any) -> None:
    with FaultServer(default=factory(*args)) as server:
        queue.put(server.url)
        stop.wait(120)
        queue.put(Report(bodies=[seen.body for seen in server.seen], connections=server.connections))


class ServerProcess:
    """A FaultServer answering every request with `factory(*args)`, in a process of its own.

    >>> with ServerProcess(answer_then_close_when_idle, 0.2) as server:
    ...     ...  # send to server.url
    >>> server.report.bodies
    """

    def __init__(self, factory: Any, *args: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self._queue = context.Queue()
        self._stop = context.Event()
        self._process = context.Process(target=_serve, args=(factory, args, self._queue, self._stop), daemon=True)
        self.url = ""
        self.report: Report | None = None

    def __enter__(self) -> ServerProcess:
        self._process.start()
        self.url = self._queue.get(timeout=30)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        try:
            self.report = self._queue.get(timeout=30)
        finally:
            self._process.join(10)
            if self._process.is_alive():
                self._process.kill()
