"""The pure retry decisions of pydo_facade._retry and the response -> exception mapping, without a network."""

from __future__ import annotations

import ssl
import time
from email.utils import formatdate
from types import SimpleNamespace

import aiohttp
import httpx
import pytest

from pydo_facade import _constants as C
from pydo_facade._retry import (
    Failure,
    RetryPolicy,
    backoff,
    classify,
    parse_ratelimit_reset,
    parse_retry_after,
    rate_limited_wait,
)
from pydo_facade.exceptions import (
    ClientAuthenticationError,
    HttpResponseError,
    RateLimit,
    ResourceNotFoundError,
    TooManyRequestsError,
    error_from_response,
)

NOW = 1_732_700_000.0


def headers(**values: str) -> httpx.Headers:
    """Response headers; keyword names use _ for - (retry_after_ms -> retry-after-ms)."""
    return httpx.Headers({name.replace("_", "-"): value for name, value in values.items()})


def caused_by(exc: httpx.TransportError, cause: BaseException) -> httpx.TransportError:
    """`exc` as httpx (or httpx-aiohttp) raises it: `raise exc from cause`."""
    exc.__cause__ = cause
    return exc


def connector_key() -> SimpleNamespace:
    """Stands in for aiohttp's ConnectionKey: its errors read only host, port and ssl from it."""
    return SimpleNamespace(host="api.digitalocean.com", port=443, ssl=True, is_ssl=True)


# --- parse_retry_after ------------------------------------------------------------------------


def test_retry_after_in_seconds() -> None:
    assert parse_retry_after(headers(retry_after="3"), now=NOW) == 3.0


def test_retry_after_fractional_seconds() -> None:
    assert parse_retry_after(headers(retry_after="0.25"), now=NOW) == 0.25


def test_retry_after_http_date_in_the_future_is_the_seconds_until_it() -> None:
    value = formatdate(NOW + 30, usegmt=True)
    assert parse_retry_after(headers(retry_after=value), now=NOW) == pytest.approx(30.0)


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    value = formatdate(NOW - 300, usegmt=True)
    assert parse_retry_after(headers(retry_after=value), now=NOW) == 0.0


def test_retry_after_ms_is_read_in_milliseconds() -> None:
    assert parse_retry_after(headers(retry_after_ms="50"), now=NOW) == 0.05


def test_retry_after_ms_wins_over_retry_after() -> None:
    assert parse_retry_after(headers(retry_after_ms="1500", retry_after="9"), now=NOW) == 1.5


def test_unreadable_retry_after_ms_falls_back_to_retry_after() -> None:
    assert parse_retry_after(headers(retry_after_ms="soon", retry_after="2"), now=NOW) == 2.0


@pytest.mark.parametrize("value", ["-5", "-1", "nan", "NaN", "inf", "-inf"])
def test_negative_or_non_finite_retry_after_is_no_answer(value: str) -> None:
    # Never a zero wait: a server's "-1" or "nan" must not turn into a retry storm.
    assert parse_retry_after(headers(retry_after=value), now=NOW) is None


@pytest.mark.parametrize("value", ["soon", "", "3 seconds", "Mon, 99 Foo 2024", "0x10"])
def test_garbage_retry_after_is_none(value: str) -> None:
    assert parse_retry_after(headers(retry_after=value), now=NOW) is None


def test_no_retry_after_is_none() -> None:
    assert parse_retry_after(headers(), now=NOW) is None


# --- parse_ratelimit_reset and rate_limited_wait ----------------------------------------------


def test_ratelimit_reset_is_the_seconds_until_that_epoch_time() -> None:
    assert parse_ratelimit_reset(headers(ratelimit_reset=str(int(NOW) + 42)), now=NOW) == 42.0


def test_ratelimit_reset_in_the_past_is_zero() -> None:
    assert parse_ratelimit_reset(headers(ratelimit_reset=str(int(NOW) - 42)), now=NOW) == 0.0


@pytest.mark.parametrize("values", [{}, {"ratelimit_reset": "later"}, {"ratelimit_reset": ""}])
def test_missing_or_unreadable_ratelimit_reset_is_none(values: dict[str, str]) -> None:
    assert parse_ratelimit_reset(headers(**values), now=NOW) is None


def test_rate_limited_wait_prefers_retry_after_over_ratelimit_reset() -> None:
    both = headers(retry_after="4", ratelimit_reset=str(int(NOW) + 900))
    assert rate_limited_wait(both, now=NOW) == 4.0


def test_rate_limited_wait_uses_ratelimit_reset_without_retry_after() -> None:
    assert rate_limited_wait(headers(ratelimit_reset=str(int(NOW) + 900)), now=NOW) == 900.0


def test_rate_limited_wait_without_either_header_is_none() -> None:
    assert rate_limited_wait(headers(ratelimit_remaining="0"), now=NOW) is None


# --- backoff ----------------------------------------------------------------------------------


def test_backoff_doubles_from_the_factor() -> None:
    assert [backoff(n, 0.5, 60, rand=0.0) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 4.0, 8.0]


def test_backoff_is_capped_at_the_maximum() -> None:
    assert backoff(10, 0.5, 60, rand=0.0) == 60.0
    assert backoff(7, 1.0, 5, rand=0.0) == 5.0


def test_backoff_stays_capped_for_any_number_of_attempts() -> None:
    # retry_total is the caller's to choose; a large one must not overflow 2.0 ** attempt.
    assert backoff(10_000, 0.5, 60, rand=0.0) == 60.0


def test_backoff_jitter_takes_off_at_most_25_percent() -> None:
    assert backoff(3, 0.5, 60, rand=1.0) == pytest.approx(1.5)
    for _ in range(200):
        assert 1.5 <= backoff(3, 0.5, 60) <= 2.0


def test_backoff_factor_zero_never_waits() -> None:
    assert backoff(4, 0.0, 60) == 0.0


# --- RetryPolicy: answers ---------------------------------------------------------------------


def response(status: int, **header_values: str) -> httpx.Response:
    return httpx.Response(status, headers=headers(**header_values))


def test_policy_defaults_are_the_named_constants() -> None:
    policy = RetryPolicy()
    assert (policy.total, policy.backoff_factor, policy.backoff_max) == (3, 0.5, 60.0)
    assert (C.DEFAULT_RETRY_TOTAL, C.DEFAULT_RETRY_BACKOFF_FACTOR, C.DEFAULT_RETRY_BACKOFF_MAX) == (3, 0.5, 60.0)


@pytest.mark.parametrize("resendable", [True, False])
def test_429_waits_retry_after_for_any_method(resendable: bool) -> None:
    assert RetryPolicy().after_response(1, response(429, retry_after="2"), resendable) == 2.0


def test_429_waits_until_ratelimit_reset_without_retry_after() -> None:
    reset = str(int(time.time()) + 30)
    wait = RetryPolicy().after_response(1, response(429, ratelimit_reset=reset), resendable=False)
    assert wait is not None
    assert 28.0 <= wait <= 30.0


def test_429_without_headers_waits_the_backoff() -> None:
    wait = RetryPolicy(backoff_factor=0.5).after_response(2, response(429), resendable=False)
    assert wait is not None
    assert 0.75 <= wait <= 1.0


def test_429_asking_longer_than_backoff_max_is_not_retried() -> None:
    policy = RetryPolicy(backoff_max=60)
    assert policy.after_response(1, response(429, retry_after="3600"), resendable=True) is None
    reset = str(int(time.time()) + 1800)
    assert policy.after_response(1, response(429, ratelimit_reset=reset), resendable=True) is None


def test_429_asking_exactly_backoff_max_is_waited() -> None:
    assert RetryPolicy(backoff_max=60).after_response(1, response(429, retry_after="60"), resendable=True) == 60.0


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_retried_with_backoff_for_a_get(status: int) -> None:
    policy = RetryPolicy(backoff_factor=0.5)
    for attempt, longest in ((1, 0.5), (2, 1.0), (3, 2.0)):
        wait = policy.after_response(attempt, response(status), resendable=True)
        assert wait is not None
        assert 0.75 * longest <= wait <= longest


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_never_retried_for_a_post(status: int) -> None:
    assert RetryPolicy().after_response(1, response(status), resendable=False) is None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 505])
def test_other_errors_are_not_retried(status: int) -> None:
    assert RetryPolicy().after_response(1, response(status), resendable=True) is None


def test_no_retry_once_attempts_pass_retry_total() -> None:
    policy = RetryPolicy(total=2)
    assert policy.after_response(2, response(503), resendable=True) is not None
    assert policy.after_response(3, response(503), resendable=True) is None
    assert policy.after_response(3, response(429, retry_after="0"), resendable=True) is None


def test_retry_total_zero_never_retries() -> None:
    policy = RetryPolicy(total=0)
    assert policy.after_response(1, response(429, retry_after="0"), resendable=True) is None
    assert policy.after_failure(1, Failure.NOT_SENT, resendable=True) is None


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"total": -1}, ValueError),
        ({"total": 101}, ValueError),
        ({"total": 1.5}, TypeError),
        ({"total": True}, TypeError),
        ({"total": "3"}, TypeError),
        ({"backoff_factor": -0.1}, ValueError),
        ({"backoff_factor": "1"}, TypeError),
        ({"backoff_max": -1}, ValueError),
        ({"backoff_max": None}, TypeError),
    ],
)
def test_policy_refuses_bad_settings(settings: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error, match="retry_"):
        RetryPolicy(**settings)  # type: ignore[arg-type]


# --- RetryPolicy: failures without an answer --------------------------------------------------


@pytest.mark.parametrize("resendable", [True, False])
def test_not_sent_is_retried_for_any_method(resendable: bool) -> None:
    wait = RetryPolicy(backoff_factor=0.5).after_failure(1, Failure.NOT_SENT, resendable)
    assert wait is not None
    assert 0.375 <= wait <= 0.5


def test_maybe_sent_is_retried_for_a_get() -> None:
    assert RetryPolicy().after_failure(1, Failure.MAYBE_SENT, resendable=True) is not None


def test_maybe_sent_is_never_retried_for_a_post() -> None:
    assert RetryPolicy().after_failure(1, Failure.MAYBE_SENT, resendable=False) is None


@pytest.mark.parametrize("resendable", [True, False])
def test_certificate_failure_is_never_retried(resendable: bool) -> None:
    assert RetryPolicy().after_failure(1, Failure.CERTIFICATE, resendable) is None


def test_failures_past_retry_total_are_not_retried() -> None:
    assert RetryPolicy(total=1).after_failure(2, Failure.NOT_SENT, resendable=True) is None


# --- classify: how far did the request get? ---------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "failure"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), Failure.NOT_SENT),
        (httpx.ConnectError("[Errno -2] Name or service not known"), Failure.NOT_SENT),
        (httpx.ConnectTimeout("timed out"), Failure.NOT_SENT),
        (httpx.PoolTimeout("timed out"), Failure.NOT_SENT),
        (httpx.ReadTimeout("timed out"), Failure.MAYBE_SENT),
        (httpx.WriteTimeout("timed out"), Failure.MAYBE_SENT),
        (httpx.ReadError("connection reset"), Failure.MAYBE_SENT),
        (httpx.WriteError("broken pipe"), Failure.MAYBE_SENT),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), Failure.MAYBE_SENT),
    ],
)
def test_classify_httpx_errors(exc: httpx.TransportError, failure: Failure) -> None:
    assert classify(exc) is failure


def test_classify_a_certificate_verification_cause_as_certificate() -> None:
    cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    assert classify(caused_by(httpx.ConnectError("certificate verify failed"), cause)) is Failure.CERTIFICATE


def test_classify_a_certificate_failure_in_the_context_chain_as_certificate() -> None:
    inner = httpx.ConnectError("wrapped")
    inner.__context__ = ssl.SSLCertVerificationError(1, "certificate verify failed")
    assert classify(caused_by(httpx.ConnectError("outer"), inner)) is Failure.CERTIFICATE


def test_aiohttp_server_disconnect_reported_as_connect_timeout_may_have_been_sent() -> None:
    # httpx-aiohttp maps every aiohttp.ClientConnectionError to httpx.ConnectTimeout, a disconnect
    # in the middle of the answer included: the POST did reach the server and must not be sent again.
    exc = caused_by(httpx.ConnectTimeout("Server disconnected"), aiohttp.ServerDisconnectedError())
    assert classify(exc) is Failure.MAYBE_SENT
    assert RetryPolicy().after_failure(1, classify(exc), resendable=False) is None


def test_aiohttp_connector_error_was_not_sent() -> None:
    cause = aiohttp.ClientConnectorError(connector_key(), ConnectionRefusedError(111, "Connection refused"))  # type: ignore[arg-type]
    assert classify(caused_by(httpx.ConnectError(str(cause)), cause)) is Failure.NOT_SENT


def test_aiohttp_connect_timeout_was_not_sent() -> None:
    cause = aiohttp.ConnectionTimeoutError("Connection timeout to host")
    assert classify(caused_by(httpx.ConnectTimeout(str(cause)), cause)) is Failure.NOT_SENT


def test_aiohttp_read_timeout_may_have_been_sent() -> None:
    cause = aiohttp.SocketTimeoutError("Timeout on reading data from socket")
    assert classify(caused_by(httpx.ReadTimeout(str(cause)), cause)) is Failure.MAYBE_SENT


def test_aiohttp_certificate_error_is_certificate() -> None:
    cause = aiohttp.ClientConnectorCertificateError(connector_key(), ssl.SSLCertVerificationError(1, "verify failed"))  # type: ignore[arg-type]
    assert classify(caused_by(httpx.ConnectTimeout(str(cause)), cause)) is Failure.CERTIFICATE


# --- RateLimit.from_headers -------------------------------------------------------------------


def test_ratelimit_from_headers_reads_the_three_ints() -> None:
    values = headers(ratelimit_limit="5000", ratelimit_remaining="4999", ratelimit_reset="1732700000")
    assert RateLimit.from_headers(values) == RateLimit(limit=5000, remaining=4999, reset=1732700000)


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"ratelimit_limit": "5000", "ratelimit_remaining": "4999"},
        {"ratelimit_limit": "5000", "ratelimit_remaining": "many", "ratelimit_reset": "1732700000"},
        {"ratelimit_limit": "5000", "ratelimit_remaining": "4999", "ratelimit_reset": "1732700000.5"},
    ],
)
def test_ratelimit_from_headers_is_none_when_missing_or_unreadable(values: dict[str, str]) -> None:
    assert RateLimit.from_headers(headers(**values)) is None


def test_ratelimit_is_frozen() -> None:
    limit = RateLimit(limit=5000, remaining=1, reset=0)
    with pytest.raises(AttributeError):
        limit.remaining = 5000  # type: ignore[misc]


# --- error_from_response ----------------------------------------------------------------------


def test_error_from_response_reads_do_error_fields() -> None:
    answer = httpx.Response(
        404,
        json={"id": "not_found", "message": "The resource you were accessing could not be found.", "request_id": "r1"},
        headers={"ratelimit-limit": "5000", "ratelimit-remaining": "4998", "ratelimit-reset": "1732700000"},
    )
    error = error_from_response(answer)
    assert type(error) is ResourceNotFoundError
    assert (error.status_code, error.reason, error.error_id, error.request_id) == (404, "Not Found", "not_found", "r1")
    assert error.message == "The resource you were accessing could not be found."
    assert error.ratelimit == RateLimit(limit=5000, remaining=4998, reset=1732700000)
    assert error.response is answer
    assert str(error) == "404 not_found: The resource you were accessing could not be found. (request_id=r1)"


def test_error_from_response_of_a_429_carries_retry_after() -> None:
    error = error_from_response(
        httpx.Response(429, json={"id": "too_many_requests", "message": "slow"}, headers={"Retry-After": "7"})
    )
    assert isinstance(error, TooManyRequestsError)
    assert error.retry_after == 7.0


def test_error_from_response_of_a_429_without_retry_after_waits_for_ratelimit_reset() -> None:
    reset = str(int(time.time()) + 600)
    error = error_from_response(httpx.Response(429, headers={"ratelimit-reset": reset}))
    assert error.retry_after is not None
    assert 590 <= error.retry_after <= 600


def test_error_from_response_of_an_html_page_keeps_a_snippet() -> None:
    page = "<html><body>" + "x" * 3000 + "</body></html>"
    error = error_from_response(httpx.Response(502, text=page, headers={"x-request-id": "edge-1"}))
    assert type(error) is HttpResponseError
    assert error.error_id is None
    assert error.request_id == "edge-1"
    assert error.message.startswith("<html><body>xxx")
    assert len(error.message) <= C.ERROR_SNIPPET_MAX + 3


@pytest.mark.parametrize("body", [b"", b'{"id": "unauth', b"[1, 2]", b'{"id": 7, "message": ["not", "text"]}'])
def test_error_from_response_never_crashes_on_a_body_that_is_not_do_json(body: bytes) -> None:
    error = error_from_response(httpx.Response(401, content=body))
    assert type(error) is ClientAuthenticationError
    assert error.error_id is None
    assert error.message


def test_error_from_response_through_a_mock_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"id": "unauthorized", "message": "Unable to authenticate you."})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        answer = client.get("https://api.digitalocean.com/v2/apps/a1/deployments/d1")
    error = error_from_response(answer)
    assert isinstance(error, ClientAuthenticationError)
    assert error.response.request.url.path == "/v2/apps/a1/deployments/d1"
    assert str(error) == "401 unauthorized: Unable to authenticate you."


def test_error_from_response_of_an_unfollowed_redirect_says_where_it_pointed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/v2/apps"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        answer = client.get("https://api.digitalocean.com/v2/apps/a1")
    error = error_from_response(answer)
    assert error.status_code == 302
    assert "https://elsewhere.example/v2/apps" in error.message
    assert "not followed" in error.message
