"""FakeDigitalOcean refuses bad arguments at the call, and bad HTTP framing at the socket (400/413, then close).

The socket tests send hostile bytes over a raw socket, read the answer until the fake closes the connection,
and check that another client is served right after. The size-cap tests run the fake in a child process with
a bounded address space, so a regression that reads a huge body fails there instead of exhausting the machine.
"""

from __future__ import annotations

import json
import math
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from pydo_facade.testing import FakeDigitalOcean

TOKEN = "test-token"
GIB = 1024**3
MIB = 1024**2


@dataclass(frozen=True)
class Answer:
    """What the fake sent on one raw connection before closing it."""

    status_line: str
    headers: dict[str, str]
    body: Any
    raw: bytes


def raw_request(method: str, path: str, *header_lines: str, body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Authorization: Bearer {TOKEN}", *header_lines]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None
    assert parts.port is not None
    return parts.hostname, parts.port


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the fake sends until it closes; fails the test if it keeps the connection open."""
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except TimeoutError:
        pytest.fail(f"the fake kept the connection open after answering {received[:80]!r}")
    return received


def parse(received: bytes) -> Answer:
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return Answer(status_line, headers, json.loads(body) if body else None, received)


def send_raw(url: str, raw: bytes) -> Answer:
    """Send ``raw`` on a new connection and read the answer up to the fake's close."""
    with socket.create_connection(address(url), timeout=5) as sock:
        sock.sendall(raw)
        return parse(read_until_closed(sock))


def assert_refused(answer: Answer, status_line: str, error_id: str, message: str) -> None:
    """One DigitalOcean-shaped error answer, announced as the connection's last."""
    assert answer.status_line == status_line
    assert answer.raw.count(b"HTTP/1.1 ") == 1, "the fake answered more than one request on the connection"
    assert set(answer.body) == {"id", "message", "request_id"}
    assert answer.body["id"] == error_id
    assert message in answer.body["message"]
    assert answer.body["request_id"] == answer.headers["x-request-id"]
    assert answer.headers["connection"] == "close"


def assert_still_serves(url: str) -> None:
    """A separate, well-behaved client is answered normally right after the refusal."""
    response = httpx.get(f"{url}/v2/apps/nope", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
    assert (response.status_code, response.json()["id"]) == (404, "not_found")


def restart_path(fake: FakeDigitalOcean) -> str:
    return f"/v2/apps/{fake.add_app()['id']}/restart"


# -- set_ratelimit -------------------------------------------------------------------------------------


@pytest.mark.parametrize("remaining", ["5", True, 5.0, None])
def test_set_ratelimit_remaining_that_is_not_an_int_raises_type_error(fake: FakeDigitalOcean, remaining: Any) -> None:
    with pytest.raises(TypeError, match=r"remaining must be an int, got"):
        fake.set_ratelimit(remaining)


def test_set_ratelimit_negative_remaining_raises_value_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match=r"remaining must be at least 0, got -1"):
        fake.set_ratelimit(-1)


@pytest.mark.parametrize("limit", ["x", True, 10.5])
def test_set_ratelimit_limit_that_is_not_an_int_raises_type_error(fake: FakeDigitalOcean, limit: Any) -> None:
    with pytest.raises(TypeError, match=r"limit must be an int, got"):
        fake.set_ratelimit(5, limit=limit)


def test_set_ratelimit_limit_below_remaining_raises_value_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match=r"remaining must not be above the limit: got remaining=10 with limit=5"):
        fake.set_ratelimit(10, limit=5)


def test_set_ratelimit_remaining_above_the_current_limit_raises_value_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match=r"remaining=6000 with limit=5000 \(the current one; pass limit="):
        fake.set_ratelimit(6000)


def test_a_refused_set_ratelimit_changes_nothing(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    with pytest.raises(ValueError, match="limit"):
        fake.set_ratelimit(10, limit=5)
    headers = api.get("/v2/apps/x").headers
    assert (headers["ratelimit-limit"], headers["ratelimit-remaining"]) == ("5000", "4999")


# -- fail_next -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [123, ["a list"], bytearray(b"x")])
def test_fail_next_body_of_another_type_raises_type_error(fake: FakeDigitalOcean, body: Any) -> None:
    with pytest.raises(TypeError, match=r"body must be a Mapping, str, bytes or None, got"):
        fake.fail_next(500, body=body)


def test_fail_next_body_mapping_that_is_not_json_raises_type_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(TypeError, match=r"body: a mapping is sent as JSON, and this one cannot be"):
        fake.fail_next(500, body={"id": object()})


@pytest.mark.parametrize("status", ["500", True, 500.0])
def test_fail_next_status_that_is_not_an_int_raises_type_error(fake: FakeDigitalOcean, status: Any) -> None:
    with pytest.raises(TypeError, match=r"status must be an int HTTP status code, got"):
        fake.fail_next(status)


@pytest.mark.parametrize("times", [1.5, True, "2"])
def test_fail_next_times_that_is_not_an_int_raises_type_error(fake: FakeDigitalOcean, times: Any) -> None:
    with pytest.raises(TypeError, match=r"times must be an int, got"):
        fake.fail_next(503, times=times)


def test_fail_next_times_zero_raises_value_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match=r"times must be at least 1, got 0"):
        fake.fail_next(503, times=0)


@pytest.mark.parametrize("retry_after", [-1, -0.5, math.nan, math.inf])
def test_fail_next_retry_after_that_is_not_finite_seconds_raises_value_error(
    fake: FakeDigitalOcean, retry_after: float
) -> None:
    with pytest.raises(ValueError, match=r"retry_after must be a finite number of seconds, 0 or more"):
        fake.fail_next(429, retry_after=retry_after)


@pytest.mark.parametrize("retry_after", [True, [1], b"1"])
def test_fail_next_retry_after_of_another_type_raises_type_error(fake: FakeDigitalOcean, retry_after: Any) -> None:
    with pytest.raises(TypeError, match=r"retry_after must be seconds \(int or float\), a str or None"):
        fake.fail_next(429, retry_after=retry_after)


def test_fail_next_retry_after_a_huge_int_is_sent_as_written(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(429, retry_after=10**400)  # float() of it would overflow
    assert api.get("/v2/apps/x").headers["retry-after"] == str(10**400)


@pytest.mark.parametrize("headers", [["X-Extra"], {"X-Extra": 1}, {1: "x"}, {"X-Extra": b"1"}])
def test_fail_next_headers_that_are_not_str_to_str_raise_type_error(fake: FakeDigitalOcean, headers: Any) -> None:
    with pytest.raises(TypeError, match=r"headers must (be a mapping of str to str|map str to str)"):
        fake.fail_next(500, headers=headers)


@pytest.mark.parametrize("name", ["", "X Extra", "X-Extra:", "X\r\nY", "Ünicode", "(x)"])
def test_fail_next_header_name_that_is_not_a_token_raises_value_error(fake: FakeDigitalOcean, name: str) -> None:
    with pytest.raises(ValueError, match=r"is not a header name \(an RFC 9110 token"):
        fake.fail_next(500, headers={name: "1"})


@pytest.mark.parametrize("value", ["1\r\nSet-Cookie: injected=1", "1\n", "a\rb", "a\0b"])
def test_fail_next_header_value_with_cr_lf_or_nul_raises_value_error(fake: FakeDigitalOcean, value: str) -> None:
    with pytest.raises(ValueError, match=r"headers: the value of 'X-Extra' must not hold CR, LF or NUL"):
        fake.fail_next(500, headers={"X-Extra": value})


def test_fail_next_retry_after_string_with_crlf_raises_value_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match=r"retry_after: the value of 'Retry-After' must not hold CR, LF or NUL"):
        fake.fail_next(429, retry_after="1\r\nSet-Cookie: injected=1")


def test_fail_next_header_value_outside_latin_1_raises_value_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match=r"must be latin-1 text"):
        fake.fail_next(500, headers={"X-Extra": "snow \u2603"})


@pytest.mark.parametrize("name", ["Content-Length", "transfer-encoding"])
def test_fail_next_framing_headers_raise_value_error(fake: FakeDigitalOcean, name: str) -> None:
    with pytest.raises(ValueError, match=rf"the fake sets {name} itself"):
        fake.fail_next(500, headers={name: "10"})


def test_a_refused_fail_next_queues_nothing(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    with pytest.raises(ValueError, match="CR, LF or NUL"):
        fake.fail_next(503, headers={"X-Extra": "1\r\nSet-Cookie: injected=1"})
    response = api.get("/v2/apps/x")
    assert (response.status_code, "set-cookie" in response.headers) == (404, False)


def test_fail_next_snapshots_a_mapping_body_at_the_call(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    body = {"id": "custom", "message": "first"}
    fake.fail_next(500, body=body)
    body["message"] = "changed later"
    assert api.get("/v2/apps/x").json() == {"id": "custom", "message": "first"}


# -- FakeDigitalOcean(token=..., max_body_bytes=...) ---------------------------------------------------


@pytest.mark.parametrize("token", ["", "   ", "\t\n"])
def test_empty_or_whitespace_token_raises_value_error(token: str) -> None:
    with pytest.raises(ValueError, match=r"token must not be empty or only whitespace"):
        FakeDigitalOcean(token=token)


@pytest.mark.parametrize("token", ["secret value", "secret\n", "secret\x00", "secret\x7f", "s\u00e9cret"])
def test_token_with_whitespace_control_or_non_ascii_raises_value_error_without_showing_it(token: str) -> None:
    with pytest.raises(ValueError, match=r"token must be visible ASCII characters only") as refused:
        FakeDigitalOcean(token=token)
    assert "secret" not in str(refused.value)


@pytest.mark.parametrize("token", [None, b"test-token", 123])
def test_token_that_is_not_a_str_raises_type_error(token: Any) -> None:
    with pytest.raises(TypeError, match=r"token must be a str, got a") as refused:
        FakeDigitalOcean(token=token)
    assert "test-token" not in str(refused.value)


@pytest.mark.parametrize("max_body_bytes", ["1024", True, 1024.0])
def test_max_body_bytes_that_is_not_an_int_raises_type_error(max_body_bytes: Any) -> None:
    with pytest.raises(TypeError, match=r"max_body_bytes must be an int, got"):
        FakeDigitalOcean(max_body_bytes=max_body_bytes)


def test_negative_max_body_bytes_raises_value_error() -> None:
    with pytest.raises(ValueError, match=r"max_body_bytes must be at least 0, got -1"):
        FakeDigitalOcean(max_body_bytes=-1)


# -- add_app and script_phases -------------------------------------------------------------------------


@pytest.mark.parametrize("name", [123, b"shop", ["shop"]])
def test_add_app_name_that_is_not_a_str_raises_type_error(fake: FakeDigitalOcean, name: Any) -> None:
    with pytest.raises(TypeError, match=r"name must be a str or None, got"):
        fake.add_app(name=name)


@pytest.mark.parametrize("components", [[1], ["web", None], [b"web"]])
def test_add_app_components_that_are_not_names_raise_type_error(fake: FakeDigitalOcean, components: Any) -> None:
    with pytest.raises(TypeError, match=r"components must be names \(str\), got"):
        fake.add_app(components=components)


@pytest.mark.parametrize("components", [123, b"web"])
def test_add_app_components_that_are_not_a_list_raise_type_error(fake: FakeDigitalOcean, components: Any) -> None:
    with pytest.raises(TypeError, match=r"components must be a list of names"):
        fake.add_app(components=components)


@pytest.mark.parametrize("kwargs", [{"name": "shop\n"}, {"components": ["web\n"]}])
def test_add_app_name_with_a_trailing_newline_raises_value_error(fake: FakeDigitalOcean, kwargs: Any) -> None:
    with pytest.raises(ValueError, match=r"is not a valid DigitalOcean app or component name"):
        fake.add_app(**kwargs)


def test_a_refused_add_app_does_not_use_up_a_sample_app_number(fake: FakeDigitalOcean) -> None:
    with pytest.raises(ValueError, match="not a valid"):
        fake.add_app(name="Not_Valid")
    assert fake.add_app()["spec"]["name"] == "sample-app-1"


@pytest.mark.parametrize("phases", [[1], ["PENDING_DEPLOY", None], 123])
def test_script_phases_that_are_not_names_raise_type_error(fake: FakeDigitalOcean, phases: Any) -> None:
    with pytest.raises(TypeError, match=r"phases must be (phase names|a list of phase names) \(str\), got"):
        fake.script_phases(phases)


@pytest.mark.parametrize("reason", [{"code": 1}, {"code": "x", "message": None}, {1: "x"}])
def test_script_phases_reason_with_non_str_values_raises_type_error(fake: FakeDigitalOcean, reason: Any) -> None:
    with pytest.raises(TypeError, match=r"reason must map str to str"):
        fake.script_phases(["PENDING_DEPLOY", "ERROR"], reason=reason)


@pytest.mark.parametrize("reason", ["HealthChecksFailed", [("code", "x")]])
def test_script_phases_reason_that_is_not_a_mapping_raises_type_error(fake: FakeDigitalOcean, reason: Any) -> None:
    with pytest.raises(TypeError, match=r"reason must be a mapping of str to str or None"):
        fake.script_phases(["PENDING_DEPLOY", "ERROR"], reason=reason)


# -- framing refused at the socket: 400, then close ----------------------------------------------------


def test_content_length_and_transfer_encoding_together_is_400_and_what_follows_is_not_handled(
    fake: FakeDigitalOcean,
) -> None:
    app = fake.add_app()
    smuggled = raw_request("GET", f"/v2/apps/{app['id']}")
    body = b"0\r\n\r\n" + smuggled
    hostile = raw_request(
        "POST",
        f"/v2/apps/{app['id']}/restart",
        f"Content-Length: {len(body)}",
        "Transfer-Encoding: chunked",
        body=body,
    )
    answer = send_raw(fake.url, hostile)
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "both Content-Length and Transfer-Encoding")
    assert fake.requests == []  # neither the restart nor the request hidden in its body was handled
    assert_still_serves(fake.url)


@pytest.mark.parametrize(
    "header_lines",
    [
        ["Content-Length: abc"],
        ["Content-Length: +5"],
        ["Content-Length: -1"],
        ["Content-Length: 0x5"],
        ["Content-Length: 5.0"],
        ["Content-Length: "],
        ["Content-Length: 5, 6"],
        ["Content-Length: 5", "Content-Length: 6"],
    ],
    ids=["letters", "plus", "negative", "hex", "decimal-point", "empty", "list", "two-headers"],
)
def test_content_length_that_is_not_one_decimal_number_is_400(fake: FakeDigitalOcean, header_lines: list[str]) -> None:
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), *header_lines, body=b"{}{}{}"))
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "Content-Length must be one decimal number")
    assert_still_serves(fake.url)


def test_repeated_identical_content_length_is_read_as_one(fake: FakeDigitalOcean) -> None:
    # RFC 9112 section 6.3 allows it; the answer is normal and the connection closes only because it was asked to
    lines = ["Content-Length: 2", "Content-Length: 2", "Connection: close"]
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), *lines, body=b"{}"))
    assert answer.status_line == "HTTP/1.1 200 OK"


@pytest.mark.parametrize(
    "header_lines",
    [
        ["Transfer-Encoding: gzip"],
        ["Transfer-Encoding: gzip, chunked"],
        ["Transfer-Encoding: chunked, chunked"],
        ["Transfer-Encoding: identity"],
        ["Transfer-Encoding: chunked\xa0"],  # str.strip() would remove the no-break space
        ["Transfer-Encoding: chunked", "Transfer-Encoding: chunked"],
    ],
    ids=["gzip", "gzip-chunked", "chunked-twice", "identity", "no-break-space", "two-headers"],
)
def test_transfer_encoding_other_than_chunked_is_400(fake: FakeDigitalOcean, header_lines: list[str]) -> None:
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), *header_lines, body=b"2\r\n{}\r\n0\r\n\r\n"))
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "Transfer-Encoding must be exactly chunked")
    assert_still_serves(fake.url)


def test_transfer_encoding_in_an_http_1_0_request_is_400(fake: FakeDigitalOcean) -> None:
    hostile = raw_request("POST", restart_path(fake), "Transfer-Encoding: chunked", body=b"2\r\n{}\r\n0\r\n\r\n")
    answer = send_raw(fake.url, hostile.replace(b"HTTP/1.1", b"HTTP/1.0", 1))
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "not allowed in an HTTP/1.0 request")
    assert_still_serves(fake.url)


def test_a_header_line_the_parser_cannot_read_is_400_rather_than_ignored(fake: FakeDigitalOcean) -> None:
    # a front proxy may read "Transfer-Encoding : chunked" as chunked while the parser drops the line
    hostile = raw_request("POST", restart_path(fake), "Transfer-Encoding : chunked", body=b"2\r\n{}\r\n0\r\n\r\n")
    answer = send_raw(fake.url, hostile)
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "a header line the fake cannot parse")
    assert_still_serves(fake.url)


@pytest.mark.parametrize(
    "body",
    [
        b"zz\r\n{}\r\n0\r\n\r\n",
        b"0x2\r\n{}\r\n0\r\n\r\n",
        b"-2\r\n{}\r\n0\r\n\r\n",
        b" 2\r\n{}\r\n0\r\n\r\n",
        b"2\n{}\r\n0\r\n\r\n",
        b"\r\n",
    ],
    ids=["not-hex", "0x-prefix", "negative", "leading-space", "bare-lf", "empty-size"],
)
def test_chunk_size_that_is_not_hex_is_400(fake: FakeDigitalOcean, body: bytes) -> None:
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), "Transfer-Encoding: chunked", body=body))
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "is not a hex chunk size and CRLF")
    assert_still_serves(fake.url)


def test_chunk_longer_than_announced_is_400(fake: FakeDigitalOcean) -> None:
    body = b'3\r\n{"components": ["web"]}\r\n0\r\n\r\n'
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), "Transfer-Encoding: chunked", body=body))
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "a chunk does not end after its 3 bytes")
    assert fake.requests == []
    assert_still_serves(fake.url)


def test_malformed_trailer_is_400(fake: FakeDigitalOcean) -> None:
    body = b"2\r\n{}\r\n0\r\nX-Trailer: 1\n\r\n"
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), "Transfer-Encoding: chunked", body=body))
    assert_refused(answer, "HTTP/1.1 400 Bad Request", "bad_request", "does not end in CRLF")
    assert_still_serves(fake.url)


def test_well_formed_chunked_body_with_extensions_and_trailers_is_read(fake: FakeDigitalOcean) -> None:
    body = b'f;name=value\r\n{"components": \r\n8 ; x\r\n["web"]}\r\n0\r\nX-Trailer: 1\r\n\r\n'
    lines = ["Transfer-Encoding: Chunked", "Connection: close"]
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), *lines, body=body))
    assert answer.status_line == "HTTP/1.1 200 OK"
    assert fake.requests[-1].json == {"components": ["web"]}


def test_refused_requests_are_not_recorded_and_use_up_nothing(fake: FakeDigitalOcean, api: httpx.Client) -> None:
    fake.fail_next(503)
    answer = send_raw(fake.url, raw_request("POST", restart_path(fake), "Content-Length: x"))
    assert answer.status_line == "HTTP/1.1 400 Bad Request"
    assert "ratelimit-remaining" not in answer.headers
    assert fake.requests == []
    response = api.get("/v2/apps/x")  # the queued failure is still there, and the budget was not spent
    assert (response.status_code, response.headers["ratelimit-remaining"]) == (503, "4999")


# -- body size cap: 413, then close --------------------------------------------------------------------


def test_body_at_max_body_bytes_is_read_and_one_byte_more_is_413() -> None:
    with FakeDigitalOcean(max_body_bytes=2) as fake:
        path = restart_path(fake)
        at_cap = send_raw(fake.url, raw_request("POST", path, "Content-Length: 2", "Connection: close", body=b"{}"))
        over = send_raw(fake.url, raw_request("POST", path, "Content-Length: 3", body=b"{} "))
        assert at_cap.status_line == "HTTP/1.1 200 OK"
        assert_refused(over, "HTTP/1.1 413 Request Entity Too Large", "request_entity_too_large", "over the 2 bytes")
        assert [request.body for request in fake.requests] == [b"{}"]
        assert_still_serves(fake.url)


def test_chunked_body_over_max_body_bytes_is_413() -> None:
    with FakeDigitalOcean(max_body_bytes=4) as fake:
        body = b"2\r\n{}\r\n3\r\n   \r\n0\r\n\r\n"
        answer = send_raw(fake.url, raw_request("POST", restart_path(fake), "Transfer-Encoding: chunked", body=body))
        assert_refused(
            answer, "HTTP/1.1 413 Request Entity Too Large", "request_entity_too_large", "chunked body is over"
        )
        assert fake.requests == []
        assert_still_serves(fake.url)


# The fake in a child process whose address space is capped: a fake that read a 2 GiB body would fail with
# MemoryError there (and this test with it) instead of taking the machine's memory. It reports its peak RSS.
CHILD = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))
    from pydo_facade.testing import FakeDigitalOcean
    kwargs = {"max_body_bytes": int(sys.argv[1])} if len(sys.argv) > 1 else {}
    with FakeDigitalOcean(**kwargs) as fake:
        app_id = fake.add_app()["id"]
        print(fake.url, app_id, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        sys.stdin.readline()
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(fake.requests), flush=True)
    """
)


@dataclass
class ChildFake:
    url: str
    app_id: str
    process: subprocess.Popen[str]
    rss_at_start_kib: int

    def finish(self) -> tuple[int, int]:
        """Stop the child; returns how much its peak RSS grew (KiB) and how many requests it recorded."""
        out, err = self.process.communicate("done\n", timeout=30)
        assert self.process.returncode == 0, err
        peak, recorded = (int(field) for field in out.split())
        return peak - self.rss_at_start_kib, recorded


@contextmanager
def child_fake(*args: str) -> Iterator[ChildFake]:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().split()
        assert len(first) == 3, process.communicate(timeout=30)
        yield ChildFake(first[0], first[1], process, int(first[2]))
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


needs_linux = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS and ru_maxrss in KiB are Linux's")


@needs_linux
def test_content_length_over_the_cap_is_413_before_the_body_is_read() -> None:
    with child_fake() as child:
        announced = 2 * GIB  # the default cap is 16 MiB
        hostile = raw_request(
            "POST", f"/v2/apps/{child.app_id}/restart", f"Content-Length: {announced}", body=b'{"comp'
        )
        # only a few bytes of the 2 GiB are sent: the answer can only come before the body is read
        answer = send_raw(child.url, hostile)
        assert_refused(
            answer, "HTTP/1.1 413 Request Entity Too Large", "request_entity_too_large", "over the 16777216 bytes"
        )
        assert_still_serves(child.url)
        grown_kib, recorded = child.finish()
    assert recorded == 1  # the 404 of assert_still_serves; the refused request is not kept
    assert grown_kib < 16 * 1024


@needs_linux
def test_chunked_body_that_keeps_going_past_the_cap_is_413_and_the_fake_stops_reading() -> None:
    cap, flood = MIB, 64 * MIB
    with child_fake(str(cap)) as child, socket.create_connection(address(child.url), timeout=10) as sock:
        sock.sendall(raw_request("POST", f"/v2/apps/{child.app_id}/restart", "Transfer-Encoding: chunked"))
        chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
        sent = 0
        stopped: list[BaseException] = []

        def keep_sending() -> None:
            nonlocal sent
            try:
                while sent < flood:
                    sock.sendall(chunk)
                    sent += len(chunk)
            except OSError as exc:  # the fake closed the connection under the sender
                stopped.append(exc)

        sender = threading.Thread(target=keep_sending)
        sender.start()
        answer = parse(read_until_closed(sock))
        sender.join(timeout=10)
        assert not sender.is_alive()
        assert_refused(
            answer, "HTTP/1.1 413 Request Entity Too Large", "request_entity_too_large", "over the 1048576 bytes"
        )
        assert stopped, f"the fake read all {flood} bytes past its {cap}-byte cap"
        assert sent < flood // 2
        assert_still_serves(child.url)
        grown_kib, recorded = child.finish()
    assert recorded == 1
    assert grown_kib < 16 * 1024
