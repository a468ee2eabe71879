"""Reading an answer's body: decoded as it arrives, never past a size cap, whatever the server sends.

A gzip bomb is inflated only as far as the cap (zlib's max_length), an endless body is cut at the cap,
and a body trickling past the call's deadline stops there. The sync and async loops feed the same
BodyReader; they differ only in how they iterate the raw chunks.
"""

from __future__ import annotations

import time
import zlib

import httpx

_ZLIB_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class BodyTooLarge(Exception):
    """The decoded body passed the cap (internal: the transport raises ResponseTooLargeError)."""


class _Undecodable(Exception):
    pass


class _Inflater:
    """zlib for one gzip or deflate body; deflate falls back to raw deflate as browsers do."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._zlib = zlib.decompressobj(_ZLIB_WBITS[encoding])
        self._started = False

    def decompress(self, data: bytes, room: int) -> tuple[bytes, bytes]:
        """(at most `room` decoded bytes, the input not consumed yet)."""
        try:
            out = self._zlib.decompress(data, room)
        except zlib.error:
            if not (self._deflate and not self._started):
                raise _Undecodable from None
            self._deflate = False
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.decompress(data, room)
        self._started = True
        return out, self._zlib.unconsumed_tail

    def flush(self) -> bytes:
        try:
            return self._zlib.flush()
        except zlib.error:
            raise _Undecodable from None


class BodyReader:
    """Collects one body: decodes gzip/deflate as chunks arrive and stops at `limit` decoded bytes.

    With `truncate` (error answers, of which only a snippet is needed) reaching the limit marks the body
    `full` and the caller stops reading; without it (success answers) it raises BodyTooLarge.

    >>> reader = BodyReader(None, limit=4, truncate=True)
    >>> reader.feed(b"abcdef")
    >>> reader.full, reader.finish()
    (True, b'abcd')
    """

    def __init__(self, content_encoding: str | None, *, limit: int, truncate: bool, deadline: float | None = None):
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
        codings = [c for c in codings if c and c != "identity"]
        self._inflater = _Inflater(codings[0]) if len(codings) == 1 and codings[0] in _ZLIB_WBITS else None
        self.decoded = self._inflater is not None or not codings
        """False for an encoding the client cannot decode itself (br, zstd, several): kept raw, for httpx."""
        self._limit = limit
        self._truncate = truncate
        self._deadline = deadline
        self._parts: list[bytes] = []
        self._size = 0
        self.full = False
        """Stop reading: the truncating limit is reached, or the body cannot be decoded."""
        self.undecodable = False
        """The body is not valid in its Content-Encoding (what was decoded before that is kept)."""

    def already_decoded(self) -> None:
        """The chunks to come were decoded by httpx already (a Response a caller's transport read)."""
        self._inflater = None
        self.decoded = True

    def feed(self, chunk: bytes) -> None:
        """Add one raw chunk; raises BodyTooLarge, or httpx.ReadTimeout past the deadline."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the call's timeout passed while the answer's body was arriving")
        if self._inflater is None:
            self._add(chunk)
            return
        data = chunk
        try:
            while data and not self.full:
                out, data = self._inflater.decompress(data, self._limit - self._size + 1)
                self._add(out)
        except _Undecodable:
            self.undecodable = self.full = True

    def finish(self) -> bytes:
        """The whole (or, truncating, the first `limit` bytes of the) decoded body."""
        if self._inflater is not None and not self.full:
            try:
                self._add(self._inflater.flush())
            except _Undecodable:
                self.undecodable = True
        return b"".join(self._parts)

    def _add(self, data: bytes) -> None:
        if not data:
            return
        room = self._limit - self._size
        if len(data) > room:
            if not self._truncate:
                raise BodyTooLarge(f"the answer's body is larger than {self._limit} bytes")
            data = data[:room]
            self.full = True
        self._parts.append(data)
        self._size += len(data)
        if self._size >= self._limit and self._truncate:
            self.full = True
