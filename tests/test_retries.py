"""Retries over the wire: 429s waited out, GETs retried, a POST never sent twice once it may have arrived."""

from __future__ import annotations

import logging
import socket
import ssl
import time
from collections.abc import Iterator

import httpx
import pytest
import trustme
from facade_calls import call
from fault_server import FaultServer, close_without_answer, reset_mid_body, respond, stall

from pydo_facade.exceptions import (
    HttpResponseError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
)

OK = {"deployment": {"id": "d1", "phase": "ACTIVE"}}
RATE_LIMITED = {"id": "too_many_requests", "message": "API Rate limit exceeded.", "request_id": "r-429"}


def test_429_with_retry_after_is_retried_then_succeeds(kind: str, server: FaultServer) -> None:
    server.queue(respond(429, RATE_LIMITED, headers={"Retry-After": "0"}), respond(200, OK))
    assert call(kind, server.url, "restart", "a1") == OK
    assert len(server.seen) == 2


def test_429_retry_after_seconds_is_actually_waited(server: FaultServer) -> None:
    server.queue(respond(429, RATE_LIMITED, headers={"Retry-After": "1"}), respond(200, OK))
    started = time.monotonic()
    call("sync", server.url, "restart", "a1")
    assert time.monotonic() - started >= 0.95


def test_429_without_retry_after_waits_until_ratelimit_reset(kind: str, server: FaultServer) -> None:
    headers = {"ratelimit-limit": "5000", "ratelimit-remaining": "0", "ratelimit-reset": str(int(time.time()) + 1)}
    server.queue(respond(429, RATE_LIMITED, headers=headers), respond(200, OK))
    started = time.monotonic()
    assert call(kind, server.url, "restart", "a1") == OK
    assert time.monotonic() - started < 5


def test_retry_after_wins_over_ratelimit_reset(server: FaultServer) -> None:
    headers = {"Retry-After": "0", "ratelimit-reset": str(int(time.time()) + 3000)}
    server.queue(respond(429, RATE_LIMITED, headers=headers), respond(200, OK))
    started = time.monotonic()
    assert call("sync", server.url, "restart", "a1") == OK
    assert time.monotonic() - started < 5


def test_429_asking_longer_than_backoff_max_is_raised_at_once(kind: str, server: FaultServer) -> None:
    server.queue(respond(429, RATE_LIMITED, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    with pytest.raises(TooManyRequestsError) as raised:
        call(kind, server.url, "restart", "a1")
    assert time.monotonic() - started < 2
    assert raised.value.retry_after == 3600
    assert len(server.seen) == 1


def test_429_http_date_retry_after_far_away_is_raised_at_once(server: FaultServer) -> None:
    server.queue(respond(429, RATE_LIMITED, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}))
    with pytest.raises(TooManyRequestsError) as raised:
        call("sync", server.url, "restart", "a1")
    assert raised.value.retry_after is not None
    assert raised.value.retry_after > 60


def test_429_retries_exhausted_raise_the_last_error(kind: str, server: FaultServer) -> None:
    server.queue(
        *[respond(429, {**RATE_LIMITED, "request_id": f"r-{i}"}, headers={"Retry-After": "0"}) for i in range(4)]
    )
    with pytest.raises(TooManyRequestsError) as raised:
        call(kind, server.url, "restart", "a1", client_kwargs={"retry_total": 3})
    assert len(server.seen) == 4
    assert raised.value.request_id == "r-3"


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_restart_is_never_retried_on_5xx(kind: str, server: FaultServer, status: int) -> None:
    server.queue(respond(status, {"id": "server_error", "message": "boom"}))
    with pytest.raises(HttpResponseError) as raised:
        call(kind, server.url, "restart", "a1")
    assert raised.value.status_code == status
    assert len(server.seen) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_get_deployment_is_retried_on_5xx(kind: str, server: FaultServer, status: int) -> None:
    server.queue(respond(status, "<html>upstream</html>"), respond(200, OK))
    assert call(kind, server.url, "get_deployment", "a1", "d1") == OK
    assert len(server.seen) == 2


def test_get_deployment_5xx_gives_up_after_retry_total(server: FaultServer) -> None:
    server.queue(*[respond(503, {"id": "service_unavailable", "message": "later"})] * 3)
    with pytest.raises(HttpResponseError) as raised:
        call("sync", server.url, "get_deployment", "a1", "d1", client_kwargs={"retry_total": 2})
    assert raised.value.status_code == 503
    assert len(server.seen) == 3


def test_retry_total_zero_turns_retries_off(server: FaultServer) -> None:
    server.queue(respond(503, "down"), respond(200, OK))
    with pytest.raises(HttpResponseError):
        call("sync", server.url, "get_deployment", "a1", "d1", client_kwargs={"retry_total": 0})
    assert len(server.seen) == 1


# A per-read timeout (httpx.Timeout) leaves the call time to retry; a number is the whole call's budget.
READ_TIMEOUT = {"timeout": httpx.Timeout(10.0, read=0.3)}


def test_restart_read_timeout_is_not_retried(kind: str, server: FaultServer) -> None:
    server.queue(stall(10))
    with pytest.raises(ServiceResponseError, match="may have reached the server"):
        call(kind, server.url, "restart", "a1", client_kwargs=READ_TIMEOUT)
    assert len(server.seen) == 1


def test_restart_past_its_timeout_says_it_may_have_reached_the_server(kind: str, server: FaultServer) -> None:
    server.queue(stall(10))
    with pytest.raises(ServiceResponseError, match=r"timeout passed.*may have reached the server"):
        call(kind, server.url, "restart", "a1", client_kwargs={"timeout": 0.3})
    assert len(server.seen) == 1


def test_get_deployment_read_timeout_is_retried(kind: str, server: FaultServer) -> None:
    server.queue(stall(10), respond(200, OK))
    assert call(kind, server.url, "get_deployment", "a1", "d1", client_kwargs=READ_TIMEOUT) == OK
    assert len(server.seen) == 2


@pytest.mark.parametrize("fault", [close_without_answer, reset_mid_body], ids=["closed", "reset-mid-body"])
def test_restart_without_a_usable_answer_is_not_retried(kind: str, server: FaultServer, fault: object) -> None:
    server.queue(fault())  # type: ignore[operator]
    with pytest.raises(ServiceResponseError):
        call(kind, server.url, "restart", "a1")
    assert len(server.seen) == 1


@pytest.mark.parametrize("fault", [close_without_answer, reset_mid_body], ids=["closed", "reset-mid-body"])
def test_get_deployment_without_a_usable_answer_is_retried(kind: str, server: FaultServer, fault: object) -> None:
    server.queue(fault(), respond(200, OK))  # type: ignore[operator]
    assert call(kind, server.url, "get_deployment", "a1", "d1") == OK
    assert len(server.seen) == 2


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A loopback port with nothing listening: connections are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_connection_refused_is_retried_then_raises_service_request_error(
    kind: str, refused_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pydo_facade")
    with pytest.raises(ServiceRequestError, match="not sent") as raised:
        call(kind, f"http://127.0.0.1:{refused_port}", "restart", "a1", client_kwargs={"retry_total": 2})
    retries = [r for r in caplog.records if r.name == "pydo_facade" and r.getMessage().startswith("retrying")]
    assert len(retries) == 2
    assert "after 3 attempts" in str(raised.value)


@pytest.fixture(scope="module")
def untrusted_tls() -> ssl.SSLContext:
    """A server certificate from a CA the client does not trust."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return context


def test_failed_certificate_check_is_not_retried_and_says_so(kind: str, untrusted_tls: ssl.SSLContext) -> None:
    with FaultServer(tls=untrusted_tls) as tls_server:
        with pytest.raises(ServiceRequestError, match="certificate") as raised:
            call(kind, tls_server.url, "get_deployment", "a1", "d1")
        assert "not retried" in str(raised.value)
        assert tls_server.connections == 1


def test_each_retry_is_logged_at_info_with_method_path_status_attempt_and_wait(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pydo_facade")
    server.queue(respond(503, "down"), respond(200, OK))
    call("sync", server.url, "get_deployment", "a1", "d1")
    (record,) = [r for r in caplog.records if r.name == "pydo_facade" and r.levelno == logging.INFO]
    message = record.getMessage()
    assert message.startswith("retrying GET /v2/apps/a1/deployments/d1 after HTTP 503 (attempt 2 of 4) in ")
    assert message.endswith(" s")


def test_same_origin_redirect_is_followed_with_the_token(kind: str, server: FaultServer) -> None:
    server.queue(respond(307, headers={"Location": "/v2/apps/a1/restart-moved"}), respond(200, OK))
    assert call(kind, server.url, "restart", "a1", body={"components": ["web"]}) == OK
    first, second = server.seen
    assert second.path == "/v2/apps/a1/restart-moved"
    assert second.method == "POST"
    assert second.json() == {"components": ["web"]}
    assert second.headers["authorization"] == first.headers["authorization"]


def test_redirect_to_another_origin_is_not_followed(kind: str, server: FaultServer) -> None:
    with FaultServer() as elsewhere:
        server.queue(respond(302, headers={"Location": f"{elsewhere.url}/steal"}))
        with pytest.raises(HttpResponseError, match="not followed") as raised:
            call(kind, server.url, "restart", "a1")
        assert raised.value.status_code == 302
        assert elsewhere.seen == []


def test_same_origin_303_is_followed_as_a_get_without_the_body(kind: str, server: FaultServer) -> None:
    server.queue(respond(303, headers={"Location": "/v2/apps/a1/deployments/d9"}), respond(200, OK))
    assert call(kind, server.url, "restart", "a1", body={"components": ["web"]}) == OK
    second = server.seen[1]
    assert (second.method, second.path, second.body) == ("GET", "/v2/apps/a1/deployments/d9", b"")
    assert "content-type" not in second.headers
