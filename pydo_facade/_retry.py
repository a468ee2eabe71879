"""Pure retry decisions shared by the sync and async request loops: what failed, may it be retried, how long to wait."""

from __future__ import annotations

import enum
import errno
import math
import random
import ssl
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

import httpx

from . import _constants as C

if TYPE_CHECKING:
    from ._network import Exchange


class Failure(enum.Enum):
    """How far a request got before it failed without an HTTP answer."""

    NOT_SENT = "the request was not sent"
    """Connect refused, DNS, connect or pool timeout: the server provably never saw it."""
    NOT_READ = "the server closed the kept-alive connection without reading the request"
    """Found closed right before writing, or reset (TCP RST) before a byte of answer on a reused connection:
    the server discarded the request unread, so sending it again cannot repeat its effect."""
    CERTIFICATE = "the server's TLS certificate failed verification"
    """Will not heal by retrying."""
    MAYBE_SENT = "the request may have reached the server"
    """Write or read failure, read timeout, connection closed mid-answer or without an answer."""


def _cause_chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    return chain


def _reset_by_peer(chain: list[BaseException]) -> bool:
    return any(
        isinstance(e, ConnectionResetError | BrokenPipeError) or getattr(e, "errno", None) in _RESET_ERRNOS
        for e in chain
    )


_RESET_ERRNOS = frozenset({errno.ECONNRESET, errno.EPIPE})


def classify(exc: httpx.TransportError, exchange: Exchange | None = None) -> Failure:
    """Say how far a request got from the exception httpx raised and what the network backend saw.

    >>> classify(httpx.ConnectError("refused")) is Failure.NOT_SENT
    True
    """
    chain = _cause_chain(exc)
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain):
        return Failure.CERTIFICATE
    if exchange is not None and (
        exchange.closed_unread or (exchange.reused and exchange.received == 0 and _reset_by_peer(chain))
    ):
        return Failure.NOT_READ
    aiohttp_cause = next((e for e in chain[1:] if type(e).__module__.startswith("aiohttp")), None)
    if aiohttp_cause is not None:
        # httpx-aiohttp maps every aiohttp connection error (a server disconnect mid-answer
        # included) to ConnectTimeout; only aiohttp's own connect errors mean "not sent".
        import aiohttp

        if isinstance(aiohttp_cause, aiohttp.ClientConnectorCertificateError):
            return Failure.CERTIFICATE
        never_sent = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
        return Failure.NOT_SENT if isinstance(aiohttp_cause, never_sent) else Failure.MAYBE_SENT
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol):
        return Failure.NOT_SENT
    return Failure.MAYBE_SENT


def backoff(attempt: int, factor: float, maximum: float, rand: float | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1-based): factor * 2**(attempt-1), capped, minus jitter.

    >>> backoff(1, 0.5, 60, rand=0.0), backoff(3, 0.5, 60, rand=0.0), backoff(10, 0.5, 60, rand=0.0)
    (0.5, 2.0, 60.0)
    """
    base = min(float(maximum), factor * 2.0 ** min(attempt - 1, 64))  # 2**64: far past any cap
    jitter = (random.random() if rand is None else rand) * C.BACKOFF_JITTER
    return base * (1 - jitter)


def _number(text: str) -> float | None:
    """A finite, non-negative number of a header, or None (absent, garbage, negative, NaN, infinite)."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks us to wait: `retry-after-ms`, or `Retry-After` in seconds or as an HTTP-date.

    A negative, NaN or infinite value is no answer (None): it must never turn into a zero wait.

    >>> parse_retry_after({"retry-after": "3"}), parse_retry_after({"retry-after": "-1"})
    (3.0, None)
    """
    now = time.time() if now is None else now
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None and (value := _number(milliseconds)) is not None:
        return value / 1000
    text = headers.get("retry-after")
    if text is None:
        return None
    if (value := _number(text)) is not None:
        return value
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - now)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def parse_ratelimit_reset(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds until `ratelimit-reset` (epoch seconds), or None when absent or unreadable."""
    text = headers.get("ratelimit-reset")
    reset = _number(text) if text is not None else None
    if reset is None:
        return None
    return max(0.0, reset - (time.time() if now is None else now))


def rate_limited_wait(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """How long a 429 asks us to wait: Retry-After wins, else until ratelimit-reset, else None."""
    wait = parse_retry_after(headers, now)
    return wait if wait is not None else parse_ratelimit_reset(headers, now)


class RetryPolicy:
    """The retry settings of one client; see Client for what each means. Checked when made; never changed."""

    __slots__ = ("backoff_factor", "backoff_max", "total")

    def __init__(
        self,
        total: int = C.DEFAULT_RETRY_TOTAL,
        backoff_factor: float = C.DEFAULT_RETRY_BACKOFF_FACTOR,
        backoff_max: float = C.DEFAULT_RETRY_BACKOFF_MAX,
    ) -> None:
        self.total = total
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max
        self._check()

    def __repr__(self) -> str:
        return f"RetryPolicy(total={self.total}, backoff_factor={self.backoff_factor}, backoff_max={self.backoff_max})"

    def with_total(self, total: int) -> RetryPolicy:
        """The same policy with another number of retries."""
        return RetryPolicy(total, self.backoff_factor, self.backoff_max)

    def _check(self) -> None:
        if isinstance(self.total, bool) or not isinstance(self.total, int):
            raise TypeError(f"retry_total must be an int, got {type(self.total).__name__}")
        if not 0 <= self.total <= 100:
            raise ValueError(f"retry_total must be an int from 0 to 100, got {self.total}")
        for name in ("backoff_factor", "backoff_max"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"retry_{name} must be a number of seconds, got {type(value).__name__}")
            if not 0 <= value <= C.MAX_SECONDS:
                raise ValueError(f"retry_{name} must be a number of seconds >= 0 and at most {C.MAX_SECONDS:g}")

    def after_response(self, attempt: int, response: httpx.Response, resendable: bool) -> float | None:
        """Seconds to wait before retrying this answer, or None to give it to the caller (as an error or not).

        429 is retried for every method (DigitalOcean did nothing); 500/502/503/504 only for the methods
        that may be sent twice (C.RETRIED_AFTER_SENT).
        """
        if attempt > self.total:
            return None
        status = response.status_code
        if status == C.RETRY_STATUS_RATE_LIMITED:
            wait = rate_limited_wait(response.headers)
            if wait is None:
                return backoff(attempt, self.backoff_factor, self.backoff_max)
            return wait if wait <= self.backoff_max else None
        if resendable and status in C.RETRY_STATUSES_IDEMPOTENT:
            return backoff(attempt, self.backoff_factor, self.backoff_max)
        return None

    def after_failure(self, attempt: int, failure: Failure, resendable: bool) -> float | None:
        """Seconds to wait before retrying a request that got no answer, or None to raise."""
        if attempt > self.total or failure is Failure.CERTIFICATE:
            return None
        if failure in (Failure.NOT_SENT, Failure.NOT_READ) or resendable:
            return backoff(attempt, self.backoff_factor, self.backoff_max)
        return None
