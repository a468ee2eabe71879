"""Checks of a caller's arguments, made before anything is sent: headers, path parameters, durations, bodies.

Each check raises TypeError (wrong kind of value) or ValueError (right kind, bad value) with a message
that names the argument; none of them ever repeats a header value or a body, which may hold secrets.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Mapping

import httpx

from . import _constants as C

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
"""An RFC 9110 token: what a header name may be."""
_UNSAFE_VALUE = re.compile(r"[\x00\r\n]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NOT_VISIBLE_ASCII = re.compile(r"[^\t\x20-\x7e]")

FORBIDDEN_HEADERS: dict[str, str] = {
    "authorization": "the client's token is used",
    "proxy-authorization": "proxy credentials come from the proxy URL",
    "content-length": "the body's length is computed from the body",
    "transfer-encoding": "the body's framing is computed from the body",
    "host": "the host is the endpoint's",
    "connection": "the connection is managed by the client",
    "keep-alive": "the connection is managed by the client",
    "proxy-connection": "the connection is managed by the client",
    "upgrade": "the connection is managed by the client",
    "te": "the answer's framing is managed by the client",
    "trailer": "the body's framing is computed from the body",
    "expect": "the client sends the body at once",
}
"""Framing and routing headers a caller's `headers=` may not set, with why: each would change what is sent."""


def check_headers(headers: object) -> dict[str, str]:
    """The caller's extra request headers, checked: a mapping of RFC 9110 token names to single-line values.

    >>> check_headers({"X-Trace": "abc"})
    {'X-Trace': 'abc'}
    >>> check_headers({"Content-Length": "0"})
    Traceback (most recent call last):
    ...
    ValueError: headers must not set Content-Length: the body's length is computed from the body
    """
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise TypeError(f"headers must be a mapping of str to str, got {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("headers must be a mapping of str to str")
        if not _TOKEN.fullmatch(name):
            raise ValueError(f"header name {name!r} is not an RFC 9110 token (letters, digits and !#$%&'*+-.^_`|~)")
        reason = FORBIDDEN_HEADERS.get(name.lower())
        if reason is not None:
            raise ValueError(f"headers must not set {name}: {reason}")
        if _UNSAFE_VALUE.search(value):
            raise ValueError(f"header {name} holds CR, LF or NUL: a header value is one line")
        if _NOT_VISIBLE_ASCII.search(value):
            raise ValueError(f"header {name} must be printable ASCII")
        if name.lower() in (key.lower() for key in checked):
            raise ValueError(f"header {name} is given twice (names are case-insensitive)")
        checked[name] = value
    return checked


def path_parameter(name: str, value: object, *, integer: bool = False) -> str:
    """A path parameter as the one segment it must be; the generated builder percent-encodes it.

    >>> path_parameter("droplet_id", 3164444, integer=True)
    '3164444'
    >>> path_parameter("app_id", "..")
    Traceback (most recent call last):
    ...
    ValueError: app_id must not be '..': it would name another path
    """
    if integer and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        accepted = "an int or a str" if integer else "a str"
        raise TypeError(f"{name} must be {accepted}, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if value in (".", ".."):
        raise ValueError(f"{name} must not be {value!r}: it would name another path")
    if len(value) > C.MAX_PATH_PARAMETER:
        raise ValueError(f"{name} is {len(value)} characters long; at most {C.MAX_PATH_PARAMETER} are accepted")
    if _CONTROL.search(value):
        raise ValueError(f"{name} must not hold control characters")
    return value


def seconds(name: str, value: object, *, allow_zero: bool = False) -> float:
    """A duration in seconds: finite, > 0 (or >= 0), at most MAX_SECONDS (a week).

    >>> seconds("timeout", 30)
    30.0
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    low = "0" if allow_zero else "> 0"
    if math.isnan(value) or value < 0 or (value == 0 and not allow_zero) or value > C.MAX_SECONDS:
        raise ValueError(
            f"{name} must be a number of seconds {low} and at most {C.MAX_SECONDS:g} (a week), got {value}"
        )
    return float(value)


def timeout_setting(value: object) -> tuple[httpx.Timeout, float | None]:
    """(per-phase httpx.Timeout, whole-call budget in seconds or None) for a `timeout` argument.

    A number is pydo's meaning: the budget of the whole call (each phase is bounded by it too).
    An httpx.Timeout bounds each phase (connect, read, write, pool) separately, with no overall budget.
    """
    if isinstance(value, httpx.Timeout):
        for phase, limit in value.as_dict().items():
            if limit is not None:
                seconds(f"timeout's {phase}", limit)
        return value, None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"timeout must be a number of seconds or an httpx.Timeout, got {type(value).__name__}")
    budget = seconds("timeout", value)
    return httpx.Timeout(budget), budget


def pydo_date(value: object) -> object:
    """A date or datetime argument as pydo sends it (ISO 8601; a datetime in UTC, with milliseconds), else value.

    >>> pydo_date(datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)), pydo_date(datetime.date(2024, 5, 1))
    ('2024-05-01T12:30:00.000Z', '2024-05-01')
    """
    if isinstance(value, datetime.datetime):
        utc = value.astimezone(datetime.UTC) if value.tzinfo else value  # pydo reads a naive datetime as UTC
        fraction = str(utc.microsecond).rjust(6, "0").rstrip("0").ljust(3, "0")
        return f"{utc.replace(microsecond=0, tzinfo=None).isoformat()}.{fraction}Z"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _json_default(value: object) -> object:
    """JSON for what json cannot write itself: a date or datetime, as pydo sends it."""
    if isinstance(value, datetime.date):
        return pydo_date(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_json_default)
"""One encoder for every body (json.dumps with options builds a new one each call)."""


def encode_body(body: object) -> bytes | None:
    """The bytes of a request body: a mapping as compact JSON, bytes or a binary file's bytes as they are.

    JSON is encoded here, once, so a value that is not JSON (a set, NaN, a cycle) is a TypeError/ValueError
    before anything is sent, and every retry sends the same bytes; a date or datetime is written as pydo does.

    >>> encode_body({"name": "web-1", "size": "s-1vcpu-1gb"})
    b'{"name":"web-1","size":"s-1vcpu-1gb"}'
    """
    if body is None:
        return None
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, Mapping):
        try:
            text = _JSON.encode(body)
        except RecursionError:
            raise ValueError("body is nested too deeply to encode as JSON") from None
        except (TypeError, ValueError) as error:
            raise type(error)(f"body is not JSON: {error}") from None
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("body holds a lone surrogate, which is not valid in JSON text") from None
    read = getattr(body, "read", None)
    if callable(read):
        data = read()
        if not isinstance(data, bytes | bytearray):
            raise TypeError("a body file must be opened in binary mode ('rb')")
        return bytes(data)
    raise TypeError(f"body must be a mapping (sent as JSON), bytes or a binary file, got {type(body).__name__}")
