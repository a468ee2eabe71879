"""Per-call options, client views and the answer's headers, on all three client kinds.

timeout= / connection_timeout= / read_timeout= on one call, pydo's other per-call keywords refused with
advice, client.with_options() (other settings on the same pool), client.with_raw_response (the whole
answer: status, headers, rate limit, request id) and client.ratelimit (the last answer's rate limit).
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from facade_calls import TOKEN, open_client, run
from fault_server import FaultServer, respond, stall

from pydo_facade import Client, RawResponse
from pydo_facade.exceptions import (
    ClientClosedError,
    HttpResponseError,
    RateLimit,
    ResourceNotFoundError,
    ServiceRequestError,
    ServiceResponseError,
)

DROPLET = {"droplet": {"id": 3164444, "name": "web-1", "status": "active"}}
RATELIMIT = {"ratelimit-limit": "5000", "ratelimit-remaining": "4816", "ratelimit-reset": "1444931833"}
REQUEST_ID = "4d9d8375-3c56-4925-a3e7-eceb2a3a2a9e"
UNAVAILABLE = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"


def get_droplet(**options: Any) -> Callable[[Any], Any]:
    """A use: client.droplets.get(3164444, **options)."""
    return lambda client: client.droplets.get(3164444, **options)


def timed(run_it: Callable[[], Any]) -> tuple[Exception | None, float]:
    """(what run_it raised, or None; the seconds it took)."""
    started = time.monotonic()
    try:
        run_it()
    except Exception as error:
        return error, time.monotonic() - started
    return None, time.monotonic() - started


def close_use(client: Any) -> Any:
    """Close a client or view: a use for run() (awaitable for an async one)."""
    if isinstance(client, Client):
        client.close()
        return None
    return client.aclose()


# --- per-call timeouts ---------------------------------------------------------------------------------


def test_a_per_call_timeout_ends_a_stalled_call(kind: str, server: FaultServer) -> None:
    server.default = stall(30)
    client = open_client(kind, TOKEN, endpoint=server.url)  # the client's own timeout: 120 s
    error, elapsed = timed(lambda: run(client, get_droplet(timeout=0.15)))
    assert isinstance(error, ServiceResponseError), error
    assert "timeout" in str(error)
    assert elapsed < 0.15 + 1


def test_a_per_call_timeout_longer_than_the_clients_wins(kind: str, server: FaultServer) -> None:
    server.default = stall(30)
    client = open_client(kind, TOKEN, endpoint=server.url, timeout=0.1, retry_total=0)
    # The stall outlasts the client's 0.1 s: the call ends at its own 0.3 s, not the client's.
    error, elapsed = timed(lambda: run(client, get_droplet(timeout=0.3)))
    assert isinstance(error, ServiceResponseError), error
    assert 0.3 <= elapsed < 0.3 + 1


def test_a_per_call_timeout_applies_to_that_call_only(kind: str, server: FaultServer) -> None:
    server.queue(stall(30), stall(30))
    client = open_client(kind, TOKEN, endpoint=server.url, timeout=0.3, retry_total=0)
    started: list[float] = []

    def second(client: Any) -> Any:
        started.append(time.monotonic())
        return client.droplets.get(3164444)

    def first(client: Any) -> Any:
        return client.droplets.get(3164444, timeout=0.1)

    async def both_async(client: Any) -> Any:
        with pytest.raises(ServiceResponseError):
            await first(client)
        with pytest.raises(ServiceResponseError):
            await second(client)

    def both(client: Any) -> Any:
        if not isinstance(client, Client):
            return both_async(client)
        with pytest.raises(ServiceResponseError):
            first(client)
        with pytest.raises(ServiceResponseError):
            second(client)
        return None

    run(client, both)
    assert 0.3 <= time.monotonic() - started[0] < 0.3 + 1  # the second call had the client's 0.3 s


def test_read_timeout_bounds_the_wait_for_an_answer(kind: str, server: FaultServer) -> None:
    server.default = stall(30)
    client = open_client(kind, TOKEN, endpoint=server.url, retry_total=0)
    error, elapsed = timed(lambda: run(client, get_droplet(read_timeout=0.15)))
    assert isinstance(error, ServiceResponseError), error
    assert 0.15 <= elapsed < 0.15 + 1


def test_after_a_read_timeout_a_get_is_retried_by_the_clients_rules(kind: str, server: FaultServer) -> None:
    server.queue(stall(30), stall(30))
    server.default = respond(200, DROPLET)
    client = open_client(kind, TOKEN, endpoint=server.url)
    error, elapsed = timed(lambda: run(client, get_droplet(read_timeout=0.1)))
    assert error is None
    assert len(server.seen) == 3
    assert 0.2 <= elapsed < 0.2 + 1.5


def test_after_a_read_timeout_a_post_is_not_sent_again(kind: str, server: FaultServer) -> None:
    server.default = stall(30)
    client = open_client(kind, TOKEN, endpoint=server.url)
    error, _ = timed(lambda: run(client, lambda c: c.droplets.create({"name": "web-1"}, read_timeout=0.15)))
    assert isinstance(error, ServiceResponseError), error
    assert len(server.seen) == 1


@pytest.fixture
def full_backlog() -> Iterator[str]:
    """A loopback URL whose listen queue is full: a connection to it is neither accepted nor refused."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        filler.close()
        listener.close()


def test_connection_timeout_bounds_the_connect(kind: str, full_backlog: str) -> None:
    client = open_client(kind, TOKEN, endpoint=full_backlog, retry_total=0)
    error, elapsed = timed(lambda: run(client, get_droplet(connection_timeout=0.2)))
    assert isinstance(error, ServiceRequestError), error
    assert 0.2 <= elapsed < 0.2 + 1


def test_connection_timeout_alone_keeps_the_clients_bound_on_reading(kind: str, server: FaultServer) -> None:
    server.default = stall(0.7)
    client = open_client(kind, TOKEN, endpoint=server.url, timeout=0.2, retry_total=0)
    error, elapsed = timed(lambda: run(client, get_droplet(connection_timeout=5)))
    assert isinstance(error, ServiceResponseError), error
    assert elapsed < 0.2 + 0.4


def test_connection_timeout_and_read_timeout_together_are_accepted(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, DROPLET))
    client = open_client(kind, TOKEN, endpoint=server.url)
    assert run(client, get_droplet(connection_timeout=5, read_timeout=5)) == DROPLET


PYDO_KEYWORDS = {
    "cls": "with_raw_response",
    "logging_enable": "logging",
    "proxies": "HTTPS_PROXY",
    "transport": "http_client",
    "params": "the method's own keywords",
    "error_map": "mapped exception",
    "stream": "read whole",
    "content_type": "application/json",
}


@pytest.mark.parametrize(("keyword", "advice"), PYDO_KEYWORDS.items(), ids=PYDO_KEYWORDS.keys())
def test_a_pydo_keyword_this_client_does_not_take_is_a_type_error_naming_the_replacement(
    kind: str, server: FaultServer, keyword: str, advice: str
) -> None:
    client = open_client(kind, TOKEN, endpoint=server.url)
    with pytest.raises(TypeError, match=keyword) as raised:
        run(client, get_droplet(**{keyword: object()}))
    assert advice in str(raised.value)
    assert server.seen == []


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"timeout": -1}, ValueError),
        ({"timeout": "5"}, TypeError),
        ({"read_timeout": 0}, ValueError),
        ({"connection_timeout": float("nan")}, ValueError),
    ],
    ids=repr,
)
def test_a_bad_per_call_timeout_is_refused_before_sending(
    kind: str, server: FaultServer, options: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        run(open_client(kind, TOKEN, endpoint=server.url), get_droplet(**options))
    assert server.seen == []


# --- client.with_options -------------------------------------------------------------------------------


def test_a_with_options_view_uses_its_own_retry_setting(kind: str, server: FaultServer) -> None:
    server.queue(respond(503, UNAVAILABLE))
    server.default = respond(200, DROPLET)
    client = open_client(kind, TOKEN, endpoint=server.url)
    with pytest.raises(HttpResponseError) as raised:
        run(client, lambda c: get_droplet()(c.with_options(retry_total=0)))
    assert raised.value.status_code == 503
    assert len(server.seen) == 1


def test_a_with_options_view_uses_its_own_timeout(kind: str, server: FaultServer) -> None:
    server.default = stall(30)
    client = open_client(kind, TOKEN, endpoint=server.url)
    error, elapsed = timed(lambda: run(client, lambda c: get_droplet()(c.with_options(timeout=0.15))))
    assert isinstance(error, ServiceResponseError), error
    assert elapsed < 0.15 + 1


def test_the_original_keeps_its_settings_after_a_view(kind: str, server: FaultServer) -> None:
    server.queue(respond(503, UNAVAILABLE), respond(503, UNAVAILABLE), respond(200, DROPLET))
    client = open_client(kind, TOKEN, endpoint=server.url)
    seen: list[Any] = []

    def view_then_original(c: Any) -> Any:
        seen.append(c.with_options(timeout=0.3, retry_total=0))
        return get_droplet()(c)

    assert run(client, view_then_original) == DROPLET
    assert len(server.seen) == 3  # the original still retries a GET's 503


def test_a_view_shares_the_connection_pool(kind: str, server: FaultServer) -> None:
    server.default = respond(200, DROPLET)
    client = open_client(kind, TOKEN, endpoint=server.url)
    run(client, get_droplet(), lambda c: get_droplet()(c.with_options(timeout=5, retry_total=0)), get_droplet())
    assert len(server.seen) == 3
    assert server.connections == 1


def test_closing_a_view_closes_the_pool_for_both(kind: str, server: FaultServer) -> None:
    server.default = respond(200, DROPLET)
    client = open_client(kind, TOKEN, endpoint=server.url)
    views: list[Any] = []

    def make_view(c: Any) -> Any:
        views.append(c.with_options(retry_total=0))
        return get_droplet()(views[0])

    def close_view(c: Any) -> Any:
        return close_use(views[0])

    with pytest.raises(ClientClosedError):
        run(client, make_view, close_view, get_droplet())
    with pytest.raises(ClientClosedError):
        run(client, lambda c: get_droplet()(views[0]))
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    ("options", "error"),
    [({"retry_total": -1}, ValueError), ({"retry_total": "3"}, TypeError), ({"timeout": 0}, ValueError)],
    ids=repr,
)
def test_bad_with_options_settings_are_refused(
    kind: str, server: FaultServer, options: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        run(open_client(kind, TOKEN, endpoint=server.url), lambda c: c.with_options(**options))
    assert server.seen == []


# --- client.with_raw_response --------------------------------------------------------------------------


def raw_get(kind: str, server: FaultServer) -> RawResponse:
    raw = run(open_client(kind, TOKEN, endpoint=server.url), lambda c: c.with_raw_response.droplets.get(3164444))
    assert isinstance(raw, RawResponse)
    return raw


@pytest.fixture
def answered(server: FaultServer) -> FaultServer:
    """The server answering the droplet with rate-limit headers and a request id."""
    server.default = respond(200, DROPLET, headers={**RATELIMIT, "x-request-id": REQUEST_ID, "X-Extra": "kept"})
    return server


def test_a_raw_view_with_options_stays_raw_and_uses_its_settings(kind: str, server: FaultServer) -> None:
    server.queue(respond(503, UNAVAILABLE))
    server.default = respond(200, DROPLET)
    client = open_client(kind, TOKEN, endpoint=server.url)
    with pytest.raises(HttpResponseError) as raised:
        run(client, lambda c: c.with_raw_response.with_options(retry_total=0).droplets.get(3164444))
    assert (raised.value.status_code, len(server.seen)) == (503, 1)
    raw = run(
        open_client(kind, TOKEN, endpoint=server.url),
        lambda c: c.with_raw_response.with_options(timeout=5).droplets.get(3164444),
    )
    assert isinstance(raw, RawResponse)
    assert raw.value == DROPLET


def test_with_raw_response_of_a_raw_view_is_the_same_raw_view(kind: str, answered: FaultServer) -> None:
    raw = run(
        open_client(kind, TOKEN, endpoint=answered.url),
        lambda c: c.with_raw_response.with_raw_response.droplets.get(3164444),
    )
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200


def test_a_raw_response_has_the_status_code(kind: str, answered: FaultServer) -> None:
    assert raw_get(kind, answered).status_code == 200


def test_a_raw_response_has_the_headers(kind: str, answered: FaultServer) -> None:
    headers = raw_get(kind, answered).headers
    assert headers["x-extra"] == "kept"
    assert headers["content-type"] == "application/json"


def test_a_raw_response_has_the_ratelimit(kind: str, answered: FaultServer) -> None:
    assert raw_get(kind, answered).ratelimit == RateLimit(limit=5000, remaining=4816, reset=1444931833)


def test_a_raw_response_has_the_request_id(kind: str, answered: FaultServer) -> None:
    assert raw_get(kind, answered).request_id == REQUEST_ID


def test_a_raw_response_without_ratelimit_headers_has_ratelimit_none(kind: str, server: FaultServer) -> None:
    server.default = respond(200, DROPLET)
    raw = raw_get(kind, server)
    assert raw.ratelimit is None
    assert raw.request_id is None


def test_a_raw_responses_json_and_content_are_the_body_as_sent(kind: str, answered: FaultServer) -> None:
    raw = raw_get(kind, answered)
    assert raw.json() == DROPLET
    assert raw.content == b'{"droplet": {"id": 3164444, "name": "web-1", "status": "active"}}'


def test_a_raw_responses_value_is_what_the_method_returns(kind: str, answered: FaultServer) -> None:
    normal = run(open_client(kind, TOKEN, endpoint=answered.url), get_droplet())
    assert raw_get(kind, answered).value == normal == DROPLET


def test_a_raw_response_of_an_empty_answer_has_value_none(kind: str, server: FaultServer) -> None:
    server.default = respond(204)
    raw = run(open_client(kind, TOKEN, endpoint=server.url), lambda c: c.with_raw_response.droplets.destroy(3164444))
    assert raw.status_code == 204
    assert raw.value is None
    assert raw.content == b""


def test_a_raw_responses_request_carries_no_authorization(kind: str, answered: FaultServer) -> None:
    raw = raw_get(kind, answered)
    assert answered.seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in raw.response.request.headers
    assert TOKEN not in repr(raw)


def test_a_raw_response_call_still_raises_the_mapped_error(kind: str, server: FaultServer) -> None:
    server.default = respond(404, {"id": "not_found", "message": "The resource could not be found."})
    with pytest.raises(ResourceNotFoundError) as raised:
        raw_get(kind, server)
    assert raised.value.error_id == "not_found"


def test_a_raw_response_call_still_retries_a_gets_503(kind: str, answered: FaultServer) -> None:
    answered.queue(respond(503, UNAVAILABLE))
    assert raw_get(kind, answered).status_code == 200
    assert len(answered.seen) == 2


def test_a_raw_response_call_still_refuses_bad_arguments_before_sending(kind: str, server: FaultServer) -> None:
    with pytest.raises(TypeError, match="cls"):
        run(open_client(kind, TOKEN, endpoint=server.url), lambda c: c.with_raw_response.droplets.get(1, cls=len))
    assert server.seen == []


# --- client.ratelimit ----------------------------------------------------------------------------------


def test_ratelimit_is_none_before_any_call(kind: str, server: FaultServer) -> None:
    assert run(open_client(kind, TOKEN, endpoint=server.url), lambda c: _value(c, c.ratelimit)) is None


async def _async_value(value: Any) -> Any:
    return value


def _value(client: Any, value: Any) -> Any:
    """value, as a use's result (awaitable for an async client)."""
    return value if isinstance(client, Client) else _async_value(value)


def after(*uses: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A use: run each use (an expected error swallowed), then return client.ratelimit."""

    def use(client: Any) -> Any:
        if isinstance(client, Client):
            for each in uses:
                with contextlib.suppress(HttpResponseError):
                    each(client)
            return client.ratelimit

        async def in_turn() -> Any:
            for each in uses:
                with contextlib.suppress(HttpResponseError):
                    await each(client)
            return client.ratelimit

        return in_turn()

    return use


def test_ratelimit_is_the_last_answers(kind: str, server: FaultServer) -> None:
    server.queue(
        respond(200, DROPLET, headers={**RATELIMIT, "ratelimit-remaining": "4999"}),
        respond(200, DROPLET, headers={**RATELIMIT, "ratelimit-remaining": "4998"}),
    )
    got = run(open_client(kind, TOKEN, endpoint=server.url), after(get_droplet(), get_droplet()))
    assert got == RateLimit(limit=5000, remaining=4998, reset=1444931833)


def test_ratelimit_is_read_from_an_error_answer_too(kind: str, server: FaultServer) -> None:
    server.queue(
        respond(200, DROPLET, headers={**RATELIMIT, "ratelimit-remaining": "4999"}),
        respond(404, {"id": "not_found"}, headers={**RATELIMIT, "ratelimit-remaining": "4998"}),
    )
    got = run(open_client(kind, TOKEN, endpoint=server.url), after(get_droplet(), get_droplet()))
    assert got == RateLimit(limit=5000, remaining=4998, reset=1444931833)


def test_ratelimit_is_none_after_an_answer_without_ratelimit_headers(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, DROPLET, headers=RATELIMIT), respond(200, DROPLET))
    assert run(open_client(kind, TOKEN, endpoint=server.url), after(get_droplet(), get_droplet())) is None


def test_ratelimit_after_a_views_call_is_seen_by_the_view_and_the_original(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, DROPLET, headers={**RATELIMIT, "ratelimit-remaining": "17"}))
    views: list[Any] = []

    def through_view(client: Any) -> Any:
        views.append(client.with_options(retry_total=0))
        return get_droplet()(views[0])

    got = run(open_client(kind, TOKEN, endpoint=server.url), after(through_view))
    assert got == RateLimit(limit=5000, remaining=17, reset=1444931833)
    assert views[0].ratelimit == got


def test_ratelimit_after_a_raw_response_call_is_that_answers(kind: str, answered: FaultServer) -> None:
    got = run(open_client(kind, TOKEN, endpoint=answered.url), after(lambda c: c.with_raw_response.droplets.get(1)))
    assert got == RateLimit(limit=5000, remaining=4816, reset=1444931833)
