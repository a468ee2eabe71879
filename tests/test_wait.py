"""apps.wait_for_deployment, sync and async: through scripted fault-server answers and through FakeDigitalOcean."""

from __future__ import annotations

import asyncio
import itertools
import math
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from facade_calls import TOKEN, call
from fault_server import Action, FaultServer, respond, stall

from pydo_facade import AsyncClient, Client
from pydo_facade._waiting import poll_delay
from pydo_facade.exceptions import (
    DecodeError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DigitalOceanError,
    RateLimit,
    ResourceNotFoundError,
    TooManyRequestsError,
)
from pydo_facade.testing import FakeDigitalOcean

PATH = "/v2/apps/a1/deployments/d1"
TIMER_SLACK = 0.02
"""How much earlier than asked a sleep may end, as the server's clock sees two requests arrive."""


def deployment(phase: str | None, **fields: Any) -> dict[str, Any]:
    """A bare deployment in this phase."""
    return {"id": "d1", "phase": phase, "cause": "app restart", **fields}


def answer(phase: str, **fields: Any) -> Callable[..., bool]:
    """A get_deployment answer showing the deployment in this phase."""
    return respond(200, {"deployment": deployment(phase, **fields)})


def wait(kind: str, server: FaultServer, deployment_id: Any = "d1", client_kwargs: Any = None, **kwargs: Any) -> Any:
    """wait_for_deployment("a1", deployment_id) with a client of this kind; polls at once unless told otherwise."""
    kwargs = {"poll_interval": 0, "timeout": 10, **kwargs}
    return call(kind, server.url, "wait_for_deployment", "a1", deployment_id, client_kwargs=client_kwargs, **kwargs)


def failed_step(reason: dict[str, str] | None) -> dict[str, Any]:
    """A progress tree like DigitalOcean's whose `web` deploy step failed (with this reason)."""
    failing: dict[str, Any] = {"name": "deploy", "status": "ERROR", "component_name": "web"}
    if reason is not None:
        failing["reason"] = reason
    web = {"name": "web", "status": "ERROR", "steps": [{"name": "build", "status": "SUCCESS"}, failing]}
    return {
        "success_steps": 2,
        "error_steps": 1,
        "total_steps": 4,
        "steps": [{"name": "deploy", "status": "ERROR", "steps": [{"name": "initialize", "status": "SUCCESS"}, web]}],
    }


# --- it finishes ------------------------------------------------------------------------------


def test_wait_returns_the_bare_deployment_once_active(kind: str, server: FaultServer) -> None:
    final = deployment("ACTIVE", progress={"success_steps": 6, "total_steps": 6}, future_field={"kept": [1, None]})
    server.queue(answer("PENDING_DEPLOY"), answer("DEPLOYING"), respond(200, {"deployment": final}))
    assert wait(kind, server) == final
    assert [(seen.method, seen.path) for seen in server.seen] == [("GET", PATH)] * 3


def test_on_progress_is_called_after_each_poll_with_the_bare_deployment(kind: str, server: FaultServer) -> None:
    server.queue(answer("PENDING_DEPLOY"), answer("DEPLOYING"), answer("ACTIVE"))
    seen: list[dict[str, Any]] = []
    wait(kind, server, on_progress=seen.append)
    assert seen == [deployment("PENDING_DEPLOY"), deployment("DEPLOYING"), deployment("ACTIVE")]


def test_deployment_id_may_be_the_dict_restart_returned(kind: str, server: FaultServer) -> None:
    restarted = {"deployment": {"id": "d-7", "phase": "PENDING_DEPLOY", "cause": "app restart"}}
    wait(kind, server, restarted)
    assert server.seen[0].path == "/v2/apps/a1/deployments/d-7"


def test_deployment_id_may_be_a_bare_deployment(kind: str, server: FaultServer) -> None:
    wait(kind, server, {"id": "d-8", "phase": "DEPLOYING"})
    assert server.seen[0].path == "/v2/apps/a1/deployments/d-8"


@pytest.mark.parametrize(
    "unknown",
    [
        {"phase": "PHASE_FROM_THE_FUTURE"},
        {"phase": None},
        {"phase": 7},
        {"phase": ""},
    ],
)
def test_an_unknown_phase_keeps_polling(kind: str, server: FaultServer, unknown: dict[str, Any]) -> None:
    server.queue(respond(200, {"deployment": {"id": "d1", **unknown}}), answer("ACTIVE"))
    phases: list[Any] = []
    assert wait(kind, server, on_progress=lambda d: phases.append(d.get("phase")))["phase"] == "ACTIVE"
    assert phases == [unknown["phase"], "ACTIVE"]


def test_a_deployment_without_a_phase_keeps_polling(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, {"deployment": {"id": "d1"}}), answer("ACTIVE"))
    assert wait(kind, server)["phase"] == "ACTIVE"
    assert len(server.seen) == 2


# --- it fails ---------------------------------------------------------------------------------


def test_error_raises_deployment_failed_with_phase_deployment_and_the_failing_steps_reason(
    kind: str, server: FaultServer
) -> None:
    reason = {"code": "HealthChecksFailed", "message": "web failed its health checks"}
    failed = deployment("ERROR", progress=failed_step(reason))
    server.queue(answer("DEPLOYING"), respond(200, {"deployment": failed}))
    with pytest.raises(DeploymentFailedError) as raised:
        wait(kind, server)
    error = raised.value
    assert error.phase == "ERROR"
    assert error.deployment == failed
    assert error.reason is not None
    assert "web failed its health checks" in error.reason
    assert "HealthChecksFailed" in error.reason
    assert "ERROR" in str(error)
    assert "web failed its health checks" in str(error)
    assert isinstance(error, DigitalOceanError)


def test_error_without_a_step_reason_has_reason_none(kind: str, server: FaultServer) -> None:
    server.queue(respond(200, {"deployment": deployment("ERROR", progress=failed_step(None))}))
    with pytest.raises(DeploymentFailedError) as raised:
        wait(kind, server)
    assert raised.value.phase == "ERROR"
    assert raised.value.reason is None


@pytest.mark.parametrize("phase", ["CANCELED", "SUPERSEDED"])
def test_canceled_or_superseded_raises_deployment_failed(kind: str, server: FaultServer, phase: str) -> None:
    server.queue(answer("DEPLOYING"), answer(phase))
    with pytest.raises(DeploymentFailedError) as raised:
        wait(kind, server)
    assert raised.value.phase == phase
    assert raised.value.deployment == deployment(phase)
    assert phase in str(raised.value)


def test_on_progress_sees_the_failed_deployment_too(kind: str, server: FaultServer) -> None:
    server.queue(answer("DEPLOYING"), answer("CANCELED"))
    phases: list[str] = []
    with pytest.raises(DeploymentFailedError):
        wait(kind, server, on_progress=lambda d: phases.append(d["phase"]))
    assert phases == ["DEPLOYING", "CANCELED"]


def test_a_404_during_the_wait_raises_resource_not_found_at_once(kind: str, server: FaultServer) -> None:
    server.queue(respond(404, {"id": "not_found", "message": "The resource could not be found."}))
    with pytest.raises(ResourceNotFoundError):
        wait(kind, server)
    assert len(server.seen) == 1


@pytest.mark.parametrize("body", [{"app": {"id": "a1"}}, {"deployment": "d1"}, {"deployment": None}, {}])
def test_a_200_without_a_deployment_raises_decode_error(kind: str, server: FaultServer, body: dict[str, Any]) -> None:
    server.queue(respond(200, body))
    with pytest.raises(DecodeError):
        wait(kind, server)


# --- it runs out of time ----------------------------------------------------------------------


def test_timeout_raises_a_timeout_error_carrying_the_last_deployment(kind: str, server: FaultServer) -> None:
    server.default = answer("DEPLOYING", progress={"success_steps": 1, "total_steps": 4})
    started = time.monotonic()
    with pytest.raises(DeploymentTimeoutError) as raised:
        wait(kind, server, timeout=0.3, poll_interval=0.05)
    assert time.monotonic() - started < 3
    error = raised.value
    assert isinstance(error, TimeoutError)
    assert isinstance(error, DigitalOceanError)
    assert error.deployment == deployment("DEPLOYING", progress={"success_steps": 1, "total_steps": 4})
    assert error.timeout == 0.3
    assert "DEPLOYING" in str(error)


def test_the_wait_bound_is_clock_time_not_a_count_of_polls(kind: str, server: FaultServer) -> None:
    server.default = answer("DEPLOYING")
    started = time.monotonic()
    with pytest.raises(DeploymentTimeoutError):
        wait(kind, server, timeout=0.5, poll_interval=0)
    assert time.monotonic() - started < 3
    assert len(server.seen) > 3


def test_the_wait_bound_holds_while_a_poll_gets_no_answer(kind: str, server: FaultServer) -> None:
    # The client's own timeout (1 s a phase, retried as a GET) is longer than the wait's: the wait's bound wins.
    server.default = stall(30)
    started = time.monotonic()
    with pytest.raises(DeploymentTimeoutError) as raised:
        wait(kind, server, timeout=0.5, client_kwargs={"timeout": 1.0})
    assert time.monotonic() - started < 3
    assert raised.value.deployment is None


def test_the_wait_bound_holds_when_a_429_asks_for_longer_than_the_time_left(kind: str, server: FaultServer) -> None:
    server.queue(answer("DEPLOYING"), respond(429, {"id": "too_many_requests"}, headers={"Retry-After": "5"}))
    server.default = answer("DEPLOYING")
    started = time.monotonic()
    with pytest.raises((DeploymentTimeoutError, TooManyRequestsError)):
        wait(kind, server, timeout=0.5, poll_interval=0.05)
    assert time.monotonic() - started < 2


# --- it meets faults on the way ---------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_5xx_mid_wait_is_retried_and_the_wait_succeeds(kind: str, server: FaultServer, status: int) -> None:
    server.queue(answer("DEPLOYING"), respond(status, "<html>upstream trouble</html>"), answer("ACTIVE"))
    phases: list[str] = []
    assert wait(kind, server, on_progress=lambda d: phases.append(d["phase"]))["phase"] == "ACTIVE"
    assert len(server.seen) == 3
    assert phases == ["DEPLOYING", "ACTIVE"]


@pytest.mark.parametrize("retry_after", [{"retry-after-ms": "50"}, {"Retry-After": "0"}])
def test_a_429_mid_wait_with_a_short_retry_after_is_waited_out(
    kind: str, server: FaultServer, retry_after: dict[str, str]
) -> None:
    server.queue(answer("DEPLOYING"), respond(429, {"id": "too_many_requests"}, headers=retry_after), answer("ACTIVE"))
    assert wait(kind, server)["phase"] == "ACTIVE"
    assert len(server.seen) == 3


def test_a_429_the_client_does_not_retry_is_waited_out_by_the_wait(kind: str, server: FaultServer) -> None:
    server.queue(respond(429, {"id": "too_many_requests"}, headers={"retry-after-ms": "50"}), answer("ACTIVE"))
    assert wait(kind, server, client_kwargs={"retry_total": 0})["phase"] == "ACTIVE"
    assert len(server.seen) == 2


def test_polls_slow_down_when_the_hourly_ratelimit_runs_low(kind: str, server: FaultServer) -> None:
    low = {"ratelimit-limit": "5000", "ratelimit-remaining": "1", "ratelimit-reset": str(int(time.time()) + 600)}
    server.default = respond(200, {"deployment": deployment("DEPLOYING")}, headers=low)
    with pytest.raises(DeploymentTimeoutError):
        wait(kind, server, timeout=0.5, poll_interval=0)
    assert len(server.seen) <= 2


# --- polls are paced, and only the deadline ends the wait -------------------------------------


def switch_after(seconds: float, before: Action, after: Action) -> Action:
    """Answer with `before` until `seconds` have passed since the first request, then with `after`."""
    first: list[float] = []

    def act(conn: socket.socket, server: FaultServer) -> bool:
        first.append(time.monotonic())
        return (before if first[-1] - first[0] < seconds else after)(conn, server)

    return act


def gaps(server: FaultServer) -> list[float]:
    """Seconds between consecutive requests, as the server saw them arrive."""
    return [later.at - earlier.at for earlier, later in itertools.pairwise(server.seen)]


TOO_MANY = {"id": "too_many_requests", "message": "API rate limit exceeded"}
UNAVAILABLE = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"


def in_turn(*actions: Action) -> Action:
    """Answer each request with the next of these actions, round and round."""
    turns = itertools.cycle(actions)

    def act(conn: socket.socket, server: FaultServer) -> bool:
        return next(turns)(conn, server)

    return act


def unusable_retry_afters() -> Action:
    """429s whose Retry-After is 0, -1 and nan in turn: each must count as no Retry-After, never as "at once"."""
    return in_turn(*(respond(429, TOO_MANY, headers={"Retry-After": value}) for value in ("0", "-1", "nan")))


def test_a_429_with_an_unusable_retry_after_never_speeds_the_polls_past_poll_interval(
    kind: str, server: FaultServer
) -> None:
    server.default = unusable_retry_afters()
    with pytest.raises(DeploymentTimeoutError):
        wait(kind, server, timeout=2, poll_interval=0.2)
    polls = len(server.seen)
    assert polls <= 12  # 2 s / 0.2 s, and the first poll: not thousands
    assert min(gaps(server)) >= 0.2 - TIMER_SLACK, gaps(server)


def test_the_waits_own_pause_after_an_unusable_retry_after_is_at_least_poll_interval(
    kind: str, server: FaultServer
) -> None:
    # With the client's retries off, every GET is one poll of the wait: its own pauses are what is measured.
    server.default = unusable_retry_afters()
    with pytest.raises(DeploymentTimeoutError):
        wait(kind, server, timeout=1, poll_interval=0.2, client_kwargs={"retry_total": 0})
    polls = len(server.seen)
    assert 3 <= polls <= 6
    assert min(gaps(server)) >= 0.2 - TIMER_SLACK, gaps(server)


def test_a_429_without_retry_after_then_active_returns_active(kind: str, server: FaultServer) -> None:
    server.default = switch_after(1.0, respond(429, TOO_MANY), answer("ACTIVE"))
    started = time.monotonic()
    assert wait(kind, server, timeout=3, poll_interval=0.2)["phase"] == "ACTIVE"
    assert time.monotonic() - started >= 1.0
    assert server.seen[0].path == PATH


def test_a_run_of_503s_inside_the_wait_is_waited_out(kind: str, server: FaultServer) -> None:
    server.default = switch_after(1.5, respond(503, UNAVAILABLE), answer("ACTIVE"))
    started = time.monotonic()
    assert wait(kind, server, timeout=10, poll_interval=0.2)["phase"] == "ACTIVE"
    assert 1.5 <= time.monotonic() - started < 9


def test_a_server_that_always_503s_times_the_wait_out_after_its_deadline_naming_the_503(
    kind: str, server: FaultServer
) -> None:
    server.default = respond(503, UNAVAILABLE)
    started = time.monotonic()
    with pytest.raises(DeploymentTimeoutError) as raised:
        wait(kind, server, timeout=1.5, poll_interval=0.2)
    elapsed = time.monotonic() - started
    assert 1.5 <= elapsed < 3
    assert "503" in str(raised.value)
    assert raised.value.deployment is None


def progress_of(steps: int) -> dict[str, Any]:
    """A progress tree of `steps` steps: steps / 2 components of one (empty) step each, a walk's worst case.

    A walk that pops from the front of a list, or prepends children to it, is quadratic in the components.
    """
    return {"steps": [{"steps": [{}]} for _ in range(steps // 2)]}


def test_a_200000_step_progress_does_not_slow_the_wait(kind: str, server: FaultServer) -> None:
    server.queue(answer("DEPLOYING", progress=progress_of(200_000)), answer("ACTIVE"))
    started = time.monotonic()
    assert wait(kind, server)["phase"] == "ACTIVE"
    assert time.monotonic() - started < 2


def test_a_failed_deployment_with_a_200000_step_progress_is_reported_fast(kind: str, server: FaultServer) -> None:
    # The failing step is the last one of the depth-first walk: every step is visited once.
    progress = progress_of(200_000)
    progress["steps"][-1]["steps"][-1] = {"name": "deploy", "reason": {"code": "Crashed", "message": "web exited"}}
    server.queue(answer("ERROR", progress=progress))
    started = time.monotonic()
    with pytest.raises(DeploymentFailedError) as raised:
        wait(kind, server)
    assert time.monotonic() - started < 2
    assert raised.value.reason == "Crashed: web exited"


def test_a_phase_that_is_a_list_or_an_object_counts_as_unknown_and_keeps_polling(
    kind: str, server: FaultServer
) -> None:
    server.queue(
        respond(200, {"deployment": {"id": "d1", "phase": ["ACTIVE"]}}),
        respond(200, {"deployment": {"id": "d1", "phase": {"name": "ACTIVE"}}}),
        answer("ACTIVE"),
    )
    phases: list[Any] = []
    assert wait(kind, server, on_progress=lambda d: phases.append(d["phase"]))["phase"] == "ACTIVE"
    assert phases == [["ACTIVE"], {"name": "ACTIVE"}, "ACTIVE"]


# --- bad arguments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"timeout": -1}, ValueError),
        ({"timeout": "60"}, TypeError),
        ({"timeout": None}, TypeError),
        ({"timeout": True}, TypeError),
        ({"timeout": math.nan}, ValueError),
        ({"timeout": 1e10}, ValueError),
        ({"poll_interval": -0.1}, ValueError),
        ({"poll_interval": "5"}, TypeError),
        ({"poll_interval": math.nan}, ValueError),
        ({"poll_interval": 1e10}, ValueError),
        ({"on_progress": "print"}, TypeError),
        ({"on_progress": 42}, TypeError),
    ],
    ids=lambda value: repr(value) if isinstance(value, dict) else value.__name__,
)
def test_bad_wait_arguments_are_refused_before_any_request(
    kind: str, server: FaultServer, arguments: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        call(kind, server.url, "wait_for_deployment", "a1", "d1", **arguments)
    assert server.seen == []


@pytest.mark.parametrize(
    ("app_id", "deployment_id", "error"),
    [
        ("a1", {}, ValueError),
        ("a1", {"deployment": {"phase": "ACTIVE"}}, ValueError),
        ("a1", {"deployment": None}, ValueError),
        ("a1", None, TypeError),
        ("a1", "", ValueError),
        ("", "d1", ValueError),
        (None, "d1", TypeError),
    ],
)
def test_bad_ids_are_refused_before_any_request(
    kind: str, server: FaultServer, app_id: Any, deployment_id: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        call(kind, server.url, "wait_for_deployment", app_id, deployment_id)
    assert server.seen == []


# --- poll_delay -------------------------------------------------------------------------------

NOW = 1_732_700_000.0


def test_poll_delay_is_the_poll_interval_without_ratelimit_headers() -> None:
    assert poll_delay(5, None, now=NOW) == 5


def test_poll_delay_is_the_poll_interval_while_plenty_of_requests_are_left() -> None:
    assert poll_delay(5, RateLimit(limit=5000, remaining=4000, reset=int(NOW) + 3000), now=NOW) == 5


def test_poll_delay_spreads_the_requests_left_until_the_reset() -> None:
    assert poll_delay(5, RateLimit(limit=5000, remaining=10, reset=int(NOW) + 600), now=NOW) == 60.0


def test_poll_delay_with_none_left_waits_for_the_reset() -> None:
    assert poll_delay(0, RateLimit(limit=5000, remaining=0, reset=int(NOW) + 90), now=NOW) == 90.0


def test_poll_delay_never_polls_faster_than_the_poll_interval() -> None:
    assert poll_delay(5, RateLimit(limit=5000, remaining=10, reset=int(NOW) + 20), now=NOW) == 5


def test_poll_delay_after_the_reset_passed_is_the_poll_interval() -> None:
    assert poll_delay(2, RateLimit(limit=5000, remaining=3, reset=int(NOW) - 100), now=NOW) == 2


# --- through FakeDigitalOcean -----------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeDigitalOcean]:
    with FakeDigitalOcean(token=TOKEN) as running:
        yield running


def restart_then_wait(
    kind: str,
    fake: FakeDigitalOcean,
    app_id: str,
    *,
    body: Any = None,
    between: Callable[[], None] = lambda: None,
    **wait_kwargs: Any,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Restart with a client of this kind, run `between`, wait for what restart returned: (restarted, final)."""
    wait_kwargs = {"poll_interval": 0, "timeout": 10, **wait_kwargs}
    options: dict[str, Any] = {"endpoint": fake.url, "retry_backoff_factor": 0.01}
    if kind == "sync":
        with Client(TOKEN, **options) as client:
            restarted = client.apps.restart(app_id, body=body)
            between()
            return restarted, client.apps.wait_for_deployment(app_id, restarted, **wait_kwargs)

    async def run() -> tuple[dict[str, Any], dict[str, Any]]:
        http_client = httpx.AsyncClient() if kind == "async-httpx" else None
        try:
            async with AsyncClient(TOKEN, http_client=http_client, **options) as client:
                restarted = await client.apps.restart(app_id, body=body)
                between()
                return restarted, await client.apps.wait_for_deployment(app_id, restarted, **wait_kwargs)
        finally:
            if http_client is not None:
                await http_client.aclose()

    return asyncio.run(run())


def test_fake_restart_then_wait_ends_active(kind: str, fake: FakeDigitalOcean) -> None:
    app = fake.add_app(components=["web", "worker"])
    phases: list[str] = []
    restarted, final = restart_then_wait(
        kind, fake, app["id"], body={"components": ["web"]}, on_progress=lambda d: phases.append(d["phase"])
    )
    assert restarted["deployment"]["phase"] == "PENDING_DEPLOY"
    assert final["id"] == restarted["deployment"]["id"]
    assert final["phase"] == "ACTIVE"
    assert phases == ["DEPLOYING", "ACTIVE"]
    polls = [r.path for r in fake.requests if r.method == "GET"]
    assert polls == [f"/v2/apps/{app['id']}/deployments/{final['id']}"] * 2


def test_fake_deployment_in_error_raises_with_the_failing_steps_reason(kind: str, fake: FakeDigitalOcean) -> None:
    app = fake.add_app(components=["web"])
    reason = {"code": "HealthChecksFailed", "message": "web failed its health checks"}
    fake.script_phases(["PENDING_DEPLOY", "DEPLOYING", "ERROR"], reason=reason)
    with pytest.raises(DeploymentFailedError) as raised:
        restart_then_wait(kind, fake, app["id"])
    assert raised.value.phase == "ERROR"
    assert raised.value.deployment["phase"] == "ERROR"
    assert raised.value.reason is not None
    assert "web failed its health checks" in raised.value.reason


@pytest.mark.parametrize("phase", ["CANCELED", "SUPERSEDED"])
def test_fake_deployment_canceled_or_superseded_raises(kind: str, fake: FakeDigitalOcean, phase: str) -> None:
    app = fake.add_app()
    fake.script_phases(["PENDING_DEPLOY", "DEPLOYING", phase])
    with pytest.raises(DeploymentFailedError) as raised:
        restart_then_wait(kind, fake, app["id"])
    assert raised.value.phase == phase


def test_fake_deployment_that_never_finishes_times_out(kind: str, fake: FakeDigitalOcean) -> None:
    app = fake.add_app()
    fake.script_phases(["PENDING_DEPLOY", "DEPLOYING"])
    started = time.monotonic()
    with pytest.raises(DeploymentTimeoutError) as raised:
        restart_then_wait(kind, fake, app["id"], timeout=0.3, poll_interval=0.05)
    assert time.monotonic() - started < 3
    assert raised.value.deployment is not None
    assert raised.value.deployment["phase"] == "DEPLOYING"


def test_fake_unknown_phase_keeps_polling(kind: str, fake: FakeDigitalOcean) -> None:
    app = fake.add_app()
    fake.script_phases(["PENDING_DEPLOY", "WARMING_CACHES", "ACTIVE"])
    phases: list[str] = []
    _, final = restart_then_wait(kind, fake, app["id"], on_progress=lambda d: phases.append(d["phase"]))
    assert final["phase"] == "ACTIVE"
    assert phases == ["WARMING_CACHES", "ACTIVE"]


def test_fake_503_mid_wait_is_retried(kind: str, fake: FakeDigitalOcean) -> None:
    app = fake.add_app()
    _, final = restart_then_wait(kind, fake, app["id"], between=lambda: fake.fail_next(503))
    assert final["phase"] == "ACTIVE"
    assert [r.method for r in fake.requests] == ["POST", "GET", "GET", "GET"]


def test_fake_429_mid_wait_is_waited_out(kind: str, fake: FakeDigitalOcean) -> None:
    app = fake.add_app()
    _, final = restart_then_wait(kind, fake, app["id"], between=lambda: fake.fail_next(429, retry_after=0))
    assert final["phase"] == "ACTIVE"
    assert [r.method for r in fake.requests] == ["POST", "GET", "GET", "GET"]


@pytest.mark.parametrize("progress", [["not", "an", "object"], {"steps": "not a list"}, {"steps": [1, None]}])
def test_a_failed_deployment_with_malformed_progress_still_raises_deployment_failed(
    server: FaultServer, progress: Any
) -> None:
    server.queue(answer("ERROR", progress=progress))
    with pytest.raises(DeploymentFailedError) as raised:
        wait("sync", server)
    assert raised.value.reason is None
    assert raised.value.phase == "ERROR"
