"""Every non-2xx answer maps to its exception, with DigitalOcean's fields; bodies that are not JSON never crash."""

from __future__ import annotations

import time

import pytest
from facade_calls import call
from fault_server import FaultServer, respond

from pydo_facade.exceptions import (
    ClientAuthenticationError,
    DecodeError,
    DigitalOceanError,
    HttpResponseError,
    RateLimit,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
)

NO_RETRY = {"retry_total": 0}
RATELIMIT = {"ratelimit-limit": "5000", "ratelimit-remaining": "4321", "ratelimit-reset": "1732700000"}


def do_error(error_id: str, message: str, request_id: str = "4d9d8375-3c56-4925-a3e7-eceb2a3a2a9e") -> dict[str, str]:
    return {"id": error_id, "message": message, "request_id": request_id}


@pytest.mark.parametrize(
    ("status", "cls", "error_id"),
    [
        (400, HttpResponseError, "bad_request"),
        (401, ClientAuthenticationError, "unauthorized"),
        (403, HttpResponseError, "forbidden"),
        (404, ResourceNotFoundError, "not_found"),
        (409, ResourceExistsError, "conflict"),
        (422, HttpResponseError, "unprocessable_entity"),
        (429, TooManyRequestsError, "too_many_requests"),
        (500, HttpResponseError, "server_error"),
        (503, HttpResponseError, "service_unavailable"),
    ],
)
def test_status_maps_to_its_exception_with_do_fields(
    kind: str, server: FaultServer, status: int, cls: type[HttpResponseError], error_id: str
) -> None:
    server.queue(respond(status, do_error(error_id, f"message for {status}"), headers=RATELIMIT))
    with pytest.raises(cls) as raised:
        call(kind, server.url, "restart", "a1", client_kwargs=NO_RETRY)
    error = raised.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.error_id == error_id
    assert error.message == f"message for {status}"
    assert error.request_id == "4d9d8375-3c56-4925-a3e7-eceb2a3a2a9e"
    assert error.response.status_code == status
    assert error.ratelimit == RateLimit(limit=5000, remaining=4321, reset=1732700000)
    assert isinstance(error, HttpResponseError)
    assert isinstance(error, DigitalOceanError)


def test_304_raises_resource_not_modified(kind: str, server: FaultServer) -> None:
    server.queue(respond(304, headers={"x-request-id": "r-304"}))
    with pytest.raises(ResourceNotModifiedError) as raised:
        call(kind, server.url, "get_deployment", "a1", "d1")
    assert raised.value.status_code == 304
    assert raised.value.request_id == "r-304"
    assert isinstance(raised.value, HttpResponseError)


def test_str_reads_status_id_message_and_request_id(server: FaultServer) -> None:
    server.queue(respond(404, do_error("not_found", "The resource you were accessing could not be found.", "r-1")))
    with pytest.raises(ResourceNotFoundError) as raised:
        call("sync", server.url, "restart", "missing")
    assert str(raised.value) == "404 not_found: The resource you were accessing could not be found. (request_id=r-1)"
    assert raised.value.reason == "Not Found"


def test_404_raises_where_pydo_returns_the_error_body(server: FaultServer) -> None:
    server.queue(respond(404, do_error("not_found", "gone")))
    with pytest.raises(ResourceNotFoundError):
        call("sync", server.url, "restart", "missing")


def test_request_id_falls_back_to_the_x_request_id_header(kind: str, server: FaultServer) -> None:
    server.queue(respond(500, {"id": "server_error", "message": "boom"}, headers={"x-request-id": "hdr-7"}))
    with pytest.raises(HttpResponseError) as raised:
        call(kind, server.url, "restart", "a1")
    assert raised.value.request_id == "hdr-7"
    assert raised.value.ratelimit is None


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (502, "<html><body><h1>502 Bad Gateway</h1></body></html>", HttpResponseError),
        (404, "", ResourceNotFoundError),
        (401, '{"id": "unauthorized", "mess', ClientAuthenticationError),
        (503, "[1, 2, 3]", HttpResponseError),
        (409, '"just a string"', ResourceExistsError),
    ],
)
def test_error_body_that_is_not_do_json_still_maps_by_status(
    kind: str, server: FaultServer, status: int, body: str, cls: type[HttpResponseError]
) -> None:
    server.queue(respond(status, body, headers={"Content-Type": "text/html"}))
    with pytest.raises(cls) as raised:
        call(kind, server.url, "restart", "a1", client_kwargs=NO_RETRY)
    assert raised.value.status_code == status
    assert raised.value.error_id is None
    assert raised.value.message == (body.strip() or "(empty body)")


def test_long_html_error_body_is_cut_to_1000_characters(server: FaultServer) -> None:
    server.queue(respond(502, "<p>" + "x" * 5000 + "</p>"))
    with pytest.raises(HttpResponseError) as raised:
        call("sync", server.url, "restart", "a1")
    assert len(raised.value.message) <= 1003
    assert raised.value.message.startswith("<p>xxx")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("<html>maintenance</html>", "not JSON"),
        ('{"deployment": {"id": "d1", "pha', "not JSON"),
        ('{"deployment": ' * 50_000 + "{}" + "}" * 50_000, "nested too deeply"),
    ],
)
def test_2xx_whose_body_is_not_json_raises_decode_error(
    kind: str, server: FaultServer, body: str, problem: str
) -> None:
    server.queue(respond(200, body, headers={"x-request-id": "r-9"}))
    with pytest.raises(DecodeError, match=problem) as raised:
        call(kind, server.url, "restart", "a1")
    assert raised.value.status_code == 200
    assert raised.value.request_id == "r-9"
    assert isinstance(raised.value, HttpResponseError)


@pytest.mark.parametrize(("body", "value"), [("", None), ("[1, 2]", [1, 2]), ('"ok"', "ok")])
def test_2xx_json_comes_back_as_sent_and_an_empty_body_as_none(
    kind: str, server: FaultServer, body: str, value: object
) -> None:
    # As pydo: an empty 2xx (a 204, an empty 202) is None; JSON is returned exactly as sent.
    server.queue(respond(200, body, headers={"Content-Type": "application/json"} if body else {}))
    assert call(kind, server.url, "restart", "a1") == value


def test_429_carries_retry_after_seconds(kind: str, server: FaultServer) -> None:
    server.queue(respond(429, do_error("too_many_requests", "slow down"), headers={"Retry-After": "7"}))
    with pytest.raises(TooManyRequestsError) as raised:
        call(kind, server.url, "restart", "a1", client_kwargs=NO_RETRY)
    assert raised.value.retry_after == 7.0
    assert "retry after 7 s" in str(raised.value)


def test_429_without_retry_after_carries_the_wait_until_ratelimit_reset(server: FaultServer) -> None:
    reset = int(time.time()) + 120
    headers = {"ratelimit-limit": "5000", "ratelimit-remaining": "0", "ratelimit-reset": str(reset)}
    server.queue(respond(429, do_error("too_many_requests", "hourly limit"), headers=headers))
    with pytest.raises(TooManyRequestsError) as raised:
        call("sync", server.url, "restart", "a1", client_kwargs=NO_RETRY)
    assert raised.value.retry_after is not None
    assert 100 < raised.value.retry_after <= 121
    assert raised.value.ratelimit == RateLimit(limit=5000, remaining=0, reset=reset)


def test_unreadable_ratelimit_headers_give_none_not_a_crash(server: FaultServer) -> None:
    headers = {"ratelimit-limit": "lots", "ratelimit-remaining": "", "ratelimit-reset": "soon"}
    server.queue(respond(404, do_error("not_found", "gone"), headers=headers))
    with pytest.raises(ResourceNotFoundError) as raised:
        call("sync", server.url, "restart", "a1")
    assert raised.value.ratelimit is None


def test_service_errors_are_not_http_response_errors() -> None:
    assert not issubclass(ServiceRequestError, HttpResponseError)
    assert not issubclass(ServiceResponseError, HttpResponseError)
    assert issubclass(ServiceRequestError, DigitalOceanError)
    assert issubclass(ServiceResponseError, DigitalOceanError)


def test_exception_names_are_importable_from_the_package() -> None:
    import pydo_facade
    from pydo_facade import exceptions

    names = [
        "DigitalOceanError", "HttpResponseError", "ClientAuthenticationError", "ResourceNotFoundError",
        "ResourceExistsError", "ResourceNotModifiedError", "TooManyRequestsError", "DecodeError",
        "ServiceRequestError", "ServiceResponseError", "DeploymentFailedError",
    ]  # fmt: skip
    for name in names:
        assert getattr(pydo_facade, name) is getattr(exceptions, name)
