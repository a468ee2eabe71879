"""Hostile servers, on every client kind: trickles, endless and huge bodies, bombs, deep JSON, loops, idle closes.

Each test runs once per `kind` (sync, async over aiohttp, async over httpx's own transport) against a real
loopback server (tests/hostile_server.py). Memory is measured in a child process that has an address-space
limit of its own, so a regression fails the test instead of taking the test run down.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from facade_calls import KINDS, TOKEN, open_client, run
from fault_server import Action, FaultServer, close_without_answer, respond, stall
from hostile_server import (
    OK,
    ServerProcess,
    answer_after,
    answer_then_close_when_idle,
    answer_then_reset_the_next_request,
    body_trickle,
    chunk_trickle,
    deep_json,
    endless_chunked,
    gzip_bomb,
    gzipped,
    header_trickle,
    huge_body,
    json_of_size,
    redirect_to_itself,
)

from pydo_facade import AsyncClient, Client
from pydo_facade import _constants as C
from pydo_facade.exceptions import (
    ClientClosedError,
    DecodeError,
    DeploymentTimeoutError,
    DigitalOceanError,
    HttpResponseError,
    ResourceNotFoundError,
    ResponseTooLargeError,
    ServiceResponseError,
)

TESTS = Path(__file__).resolve().parent
ASYNC_KINDS = [kind for kind in KINDS if kind != "sync"]
NOT_GZIP = json.dumps(OK).encode()
DEPLOYMENT_PATH = "/v2/apps/a1/deployments/d1"


def get_deployment(client: Any) -> Any:
    return client.apps.get_deployment("a1", "d1")


def restart(client: Any) -> Any:
    return client.apps.restart("a1", body={"components": ["web"]})


def wait_for_deployment(client: Any) -> Any:
    return client.apps.wait_for_deployment("a1", "d1", timeout=3, poll_interval=0.1)


def at_once(kind: str, calls: list[tuple[str, Callable[[Any], Any]]], **options: Any) -> list[tuple[Any, float]]:
    """Make the (endpoint, use) calls at the same time, each on a client of its own of this kind.

    Returns (result or exception, seconds taken) for each call, in order.
    """
    clients = [open_client(kind, TOKEN, endpoint=url, **options) for url, _ in calls]
    uses = [use for _, use in calls]
    if kind == "sync":

        def one(client: Any, use: Callable[[Any], Any]) -> tuple[Any, float]:
            started = time.monotonic()
            try:
                with client:
                    result = use(client)
            except Exception as error:
                result = error
            return result, time.monotonic() - started

        with ThreadPoolExecutor(len(calls)) as threads:
            return list(threads.map(one, clients, uses))

    async def one_async(client: Any, use: Callable[[Any], Any]) -> tuple[Any, float]:
        started = time.monotonic()
        try:
            async with client:
                result = await use(client)
        except Exception as error:
            result = error
        return result, time.monotonic() - started

    async def main() -> list[tuple[Any, float]]:
        return list(await asyncio.gather(*map(one_async, clients, uses)))

    return asyncio.run(main())


def failure(kind: str, url: str, use: Callable[[Any], Any] = get_deployment, **options: Any) -> tuple[Any, float]:
    """The exception one call raised (or what it returned), and the seconds it took."""
    return at_once(kind, [(url, use)], **options)[0]


_FOREIGN_MODULES = ("httpx", "httpcore", "h11", "aiohttp", "anyio", "zlib")


def assert_own_error(outcome: Any, cls: type[DigitalOceanError]) -> None:
    """The call raised `cls`, with no RecursionError, zlib or transport exception anywhere beneath it."""
    assert isinstance(outcome, cls), f"expected {cls.__name__}, got {outcome!r}"
    beneath = outcome.__cause__ or outcome.__context__
    while beneath is not None:
        assert not isinstance(beneath, RecursionError | zlib.error), repr(beneath)
        assert not type(beneath).__module__.startswith(_FOREIGN_MODULES), repr(beneath)
        beneath = beneath.__cause__ or beneath.__context__


@pytest.fixture(scope="session")
def bomb() -> bytes:
    """About 1 MB of gzip inflating to 1 GiB (built once; never inflated here)."""
    return gzip_bomb()


def serving(server: FaultServer, action: Action) -> str:
    server.default = action
    return server.url


# -- trickles: the call's timeout is its whole budget ----------------------------------------------------


def assert_calls_end_at_their_timeout(kind: str, server: FaultServer) -> None:
    """A GET and a POST with timeout=2, at the same time: each ends within a second of its timeout."""
    calls = [(server.url, get_deployment), (server.url, restart)]
    for outcome, seconds in at_once(kind, calls, timeout=2):
        assert_own_error(outcome, ServiceResponseError)
        assert "the call's timeout passed" in str(outcome)
        assert seconds < 2 + 1


def test_a_header_trickle_cannot_stretch_a_call_past_its_timeout(kind: str, server: FaultServer) -> None:
    server.default = header_trickle()
    assert_calls_end_at_their_timeout(kind, server)


def test_a_body_trickle_cannot_stretch_a_call_past_its_timeout(kind: str, server: FaultServer) -> None:
    server.default = body_trickle()
    assert_calls_end_at_their_timeout(kind, server)


def test_a_chunk_trickle_cannot_stretch_a_call_past_its_timeout(kind: str, server: FaultServer) -> None:
    server.default = chunk_trickle()
    assert_calls_end_at_their_timeout(kind, server)


def test_no_trickle_can_stretch_wait_for_deployment_past_its_timeout(kind: str) -> None:
    trickles = {"header": header_trickle(), "body": body_trickle(), "chunk": chunk_trickle()}
    with ExitStack() as stack:
        servers = {name: stack.enter_context(FaultServer(default=action)) for name, action in trickles.items()}
        # The three waits run at the same time, one server each: the test takes one timeout, not three.
        outcomes = at_once(kind, [(server.url, wait_for_deployment) for server in servers.values()])
    for name, (outcome, seconds) in zip(servers, outcomes, strict=True):
        assert_own_error(outcome, DeploymentTimeoutError)
        assert seconds < 3 + 1, f"the wait on the {name} trickle took {seconds:.1f} s"


# -- bodies past every bound ----------------------------------------------------------------------------


def test_an_endless_chunked_answer_raises_response_too_large(kind: str, server: FaultServer) -> None:
    outcome, seconds = failure(kind, serving(server, endless_chunked()))
    assert_own_error(outcome, ResponseTooLargeError)
    assert seconds < 5


def test_a_300_mb_answer_raises_response_too_large(kind: str, server: FaultServer) -> None:
    outcome, seconds = failure(kind, serving(server, huge_body()))
    assert_own_error(outcome, ResponseTooLargeError)
    assert seconds < 5


def test_a_gzip_bomb_on_a_200_raises_response_too_large(kind: str, server: FaultServer, bomb: bytes) -> None:
    outcome, seconds = failure(kind, serving(server, gzipped(200, bomb)))
    assert_own_error(outcome, ResponseTooLargeError)
    assert seconds < 5


def test_a_gzip_bomb_on_a_404_raises_resource_not_found(kind: str, server: FaultServer, bomb: bytes) -> None:
    outcome, seconds = failure(kind, serving(server, gzipped(404, bomb)))
    assert_own_error(outcome, ResourceNotFoundError)
    assert seconds < 5


def test_json_nested_100000_deep_on_a_200_raises_decode_error(kind: str, server: FaultServer) -> None:
    outcome, _ = failure(kind, serving(server, deep_json(200)))
    assert_own_error(outcome, DecodeError)
    assert "nested too deeply" in str(outcome)


def test_json_nested_100000_deep_on_a_404_raises_resource_not_found(kind: str, server: FaultServer) -> None:
    outcome, _ = failure(kind, serving(server, deep_json(404)))
    assert_own_error(outcome, ResourceNotFoundError)


def test_a_body_labelled_gzip_that_is_not_on_a_200_raises_decode_error(kind: str, server: FaultServer) -> None:
    outcome, _ = failure(kind, serving(server, gzipped(200, NOT_GZIP)))
    assert_own_error(outcome, DecodeError)
    assert "not valid in its Content-Encoding" in str(outcome)


def test_a_body_labelled_gzip_that_is_not_on_a_404_raises_resource_not_found(kind: str, server: FaultServer) -> None:
    outcome, _ = failure(kind, serving(server, gzipped(404, NOT_GZIP)))
    assert_own_error(outcome, ResourceNotFoundError)
    assert "a body that is not valid" in str(outcome)


def test_max_response_bytes_refuses_a_larger_answer(kind: str, server: FaultServer) -> None:
    outcome, _ = failure(kind, serving(server, json_of_size(5000)), max_response_bytes=4096)
    assert_own_error(outcome, ResponseTooLargeError)
    assert "4096" in str(outcome)


def test_max_response_bytes_accepts_an_answer_within_it(kind: str, server: FaultServer) -> None:
    outcome, _ = failure(kind, serving(server, json_of_size(4000)), max_response_bytes=4096)
    assert outcome["deployment"]["id"] == "d1"


def test_max_response_bytes_counts_the_decoded_bytes_of_a_gzipped_answer(kind: str, server: FaultServer) -> None:
    body = zlib.compress(b'{"pad": "' + b"p" * 5000 + b'"}', wbits=31)
    assert len(body) < 4096
    outcome, _ = failure(kind, serving(server, gzipped(200, body)), max_response_bytes=4096)
    assert_own_error(outcome, ResponseTooLargeError)


# -- memory: measured in a child process, under an address-space limit -----------------------------------

MEMORY_LIMIT = 1536 * 1024 * 1024
"""The child's address-space limit (it needs under 200 MB): a client inflating the 1 GiB bomb whole dies at it
with a MemoryError in the child, instead of taking the machine's memory."""
PEAK_RSS_BOUND_MB = 256
"""The most a child may hold resident at its peak. Measured: 35 MB (sync) to 48 MB (async) after the imports;
100-135 MB with the endless and 300 MB bodies (one 64 MiB cap's worth of body); up to ~180 MB with the bomb
on a 200 (the cap's worth plus zlib's last output of up to a cap); ~50 MB with the bomb on a 404 (1 MiB read).
A client holding the 300 MB body would pass 330 MB."""

_MEASURE = """
import json, resource, sys
limit, tests, kind, url = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
sys.path.insert(0, tests)
from facade_calls import TOKEN, open_client, run

def peak_mb():
    # VmHWM: this process's own peak resident size. ru_maxrss also counts the parent's resident size at
    # the fork before exec (Linux keeps it across exec), so it says more about pytest than about the call.
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024

client = open_client(kind, TOKEN, endpoint=url)
before = peak_mb()
try:
    run(client, lambda c: c.apps.get_deployment("a1", "d1"))
    outcome = "returned"
except Exception as error:
    outcome = type(error).__name__
maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "before_mb": before, "peak_mb": peak_mb(), "ru_maxrss_mb": maxrss}))
"""


MEMORY_CASES: dict[str, tuple[Callable[[bytes], Action], str]] = {
    "endless-chunked": (lambda bomb: endless_chunked(), "ResponseTooLargeError"),
    "300-mb": (lambda bomb: huge_body(), "ResponseTooLargeError"),
    "gzip-bomb-200": (lambda bomb: gzipped(200, bomb), "ResponseTooLargeError"),
    "gzip-bomb-404": (lambda bomb: gzipped(404, bomb), "ResourceNotFoundError"),
}
"""Each case: the server's answer (given the gzip bomb) and the exception the call must end in."""


def _finished(child: subprocess.Popen[str]) -> dict[str, Any]:
    stdout, stderr = child.communicate(timeout=120)
    if child.returncode != 0:
        return {"outcome": f"the child exited with {child.returncode}", "stderr": stderr[-2000:]}
    report: dict[str, Any] = json.loads(stdout)
    return report


@pytest.fixture(scope="module")
def memory_reports(bomb: bytes) -> dict[tuple[str, str], dict[str, Any]]:
    """Each memory case on each kind, measured in a child process of its own; all children run at once."""
    with ExitStack() as stack:
        urls = {
            case: stack.enter_context(FaultServer(default=answer(bomb))).url
            for case, (answer, _) in MEMORY_CASES.items()
        }
        children = {
            (case, kind): subprocess.Popen(
                [sys.executable, "-c", _MEASURE, str(MEMORY_LIMIT), str(TESTS), kind, url],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for case, url in urls.items()
            for kind in KINDS
        }
        try:
            reports = {key: _finished(child) for key, child in children.items()}
        finally:
            for child in children.values():
                if child.poll() is None:
                    child.kill()
                    child.wait()
    return reports


@pytest.mark.parametrize("case", list(MEMORY_CASES))
def test_an_answer_past_the_cap_never_takes_more_memory_than_the_cap(
    kind: str, case: str, memory_reports: dict[tuple[str, str], dict[str, Any]]
) -> None:
    report = memory_reports[case, kind]
    print(f"{case} {kind}: {report}")
    assert report["outcome"] == MEMORY_CASES[case][1], report
    assert report["peak_mb"] < PEAK_RSS_BOUND_MB


# -- redirects ------------------------------------------------------------------------------------------


def test_a_same_origin_redirect_loop_stops_after_max_redirects(kind: str, server: FaultServer) -> None:
    outcome, _ = failure(kind, serving(server, redirect_to_itself(DEPLOYMENT_PATH)))
    assert_own_error(outcome, HttpResponseError)
    assert outcome.message.startswith("too many redirects")
    assert len(server.seen) == C.MAX_REDIRECTS + 1


# -- kept-alive connections the server closes -----------------------------------------------------------

IDLE = 0.2
"""Seconds the idle-closing server keeps a kept-alive connection open without a request."""
RACE_OFFSETS = [-0.003, -0.002, -0.001, 0.0, 0.001, 0.002, 0.003]
"""When each racing request is sent: IDLE plus one of these after the previous answer, in turn."""


def restart_body(number: int) -> dict[str, Any]:
    return {"components": [f"web-{number}"]}


def components_read(bodies: list[bytes]) -> Counter[str]:
    """How often the server read each restart's body."""
    return Counter(json.loads(body)["components"][0] for body in bodies)


def restarts(kind: str, url: str, pauses: list[float]) -> list[DigitalOceanError]:
    """Restart once, then again `pause` seconds after each answer (to within a millisecond); the errors raised."""
    client = open_client(kind, TOKEN, endpoint=url)
    errors: list[DigitalOceanError] = []

    def spin_until(moment: float) -> None:
        while time.monotonic() < moment:  # the last millisecond or two spun: sleeps overshoot by about that
            pass

    if isinstance(client, Client):
        with client:
            for number in range(len(pauses) + 1):
                try:
                    client.apps.restart("a1", body=restart_body(number))
                except DigitalOceanError as error:
                    errors.append(error)
                if number < len(pauses):
                    answered = time.monotonic()
                    time.sleep(max(0.0, pauses[number] - 0.001))
                    spin_until(answered + pauses[number])
        return errors

    async def main() -> None:
        async with client:
            for number in range(len(pauses) + 1):
                try:
                    await client.apps.restart("a1", body=restart_body(number))
                except DigitalOceanError as error:
                    errors.append(error)
                if number < len(pauses):
                    answered = time.monotonic()
                    await asyncio.sleep(max(0.0, pauses[number] - 0.002))
                    spin_until(answered + pauses[number])

    asyncio.run(main())
    return errors


def test_requests_racing_the_servers_idle_close_all_succeed_each_read_once(kind: str) -> None:
    pauses = [IDLE + RACE_OFFSETS[n % len(RACE_OFFSETS)] for n in range(39)]
    with ServerProcess(answer_then_close_when_idle, IDLE) as server:
        errors = restarts(kind, server.url, pauses)
    assert errors == []
    assert server.report is not None
    assert components_read(server.report.bodies) == Counter(f"web-{n}" for n in range(40))
    assert server.report.connections > 1  # the server did close idle connections under the client


def test_a_connection_the_server_closed_while_idle_is_replaced_by_a_fresh_one(kind: str) -> None:
    with ServerProcess(answer_then_close_when_idle, IDLE) as server:
        errors = restarts(kind, server.url, [2 * IDLE])
    assert errors == []
    assert server.report is not None
    assert components_read(server.report.bodies) == Counter(["web-0", "web-1"])
    assert server.report.connections == 2


def test_a_post_reset_unread_on_a_kept_alive_connection_is_sent_again_on_a_new_one(kind: str) -> None:
    # Twenty times over: the reset lands after the client wrote the whole request (its read finds it) or
    # between the writes of its head and body (a write finds it); both must be retried.
    with ServerProcess(answer_then_reset_the_next_request) as server:
        errors = restarts(kind, server.url, [0.0] * 19)
    assert errors == []
    assert server.report is not None
    assert components_read(server.report.bodies) == Counter(f"web-{n}" for n in range(20))
    assert server.report.connections == 20  # each restart after the first was reset once, then sent anew


def test_a_put_the_server_closed_without_answering_is_sent_once(kind: str, server: FaultServer) -> None:
    # PUT /v2/apps/{id} deploys the app: it may have reached the server, so no layer may send it again.
    update = {"spec": {"name": "web"}}
    outcome, _ = failure(kind, serving(server, close_without_answer()), lambda c: c.apps.update("a1", update))
    assert_own_error(outcome, ServiceResponseError)
    assert [seen.method for seen in server.seen] == ["PUT"]


def test_with_retries_off_a_get_the_server_closed_without_answering_is_sent_once(
    kind: str, server: FaultServer
) -> None:
    outcome, _ = failure(kind, serving(server, close_without_answer()), retry_total=0)
    assert_own_error(outcome, ServiceResponseError)
    assert len(server.seen) == 1


# -- the pool's bound -----------------------------------------------------------------------------------


POOL_ANSWER_SECONDS = 0.2
"""How long the server takes per answer in the pool tests, as a real API does: the server, not the client's
CPU, is what the callers wait for, so every connection stays busy. (Against instant answers a burst that
outlasts C.KEEPALIVE_EXPIRY on a loaded machine may see a connection it did not need expire and be
replaced later: more opened in all, though never more than the bound at once.)"""


def test_100_threads_sharing_a_client_open_at_most_max_connections(server: FaultServer) -> None:
    server.default = answer_after(POOL_ANSWER_SECONDS)
    with Client(TOKEN, endpoint=server.url) as client, ThreadPoolExecutor(100) as threads:
        results = list(threads.map(lambda _: get_deployment(client), range(100)))
    assert results == [OK] * 100
    assert server.connections <= C.MAX_CONNECTIONS


@pytest.mark.parametrize("kind", ASYNC_KINDS)
def test_500_tasks_sharing_an_async_client_open_at_most_max_connections(kind: str, server: FaultServer) -> None:
    server.default = answer_after(POOL_ANSWER_SECONDS)

    async def main(client: Any) -> list[Any]:
        return list(await asyncio.gather(*(get_deployment(client) for _ in range(500))))

    results = run(open_client(kind, TOKEN, endpoint=server.url), main)
    assert results == [OK] * 500
    assert server.connections <= C.MAX_CONNECTIONS


# -- lifecycle ------------------------------------------------------------------------------------------


def failure_on(client: Client | AsyncClient) -> Exception | None:
    """The exception a get_deployment on this client raises (in an event loop of its own, for an AsyncClient)."""
    try:
        if isinstance(client, Client):
            get_deployment(client)
        else:
            asyncio.run(get_deployment(client))
    except Exception as error:
        return error
    return None


def test_a_closed_client_raises_client_closed_and_sends_nothing(kind: str, server: FaultServer) -> None:
    client = open_client(kind, TOKEN, endpoint=server.url)
    run(client, get_deployment)  # run() closes the client after the call
    outcome = failure_on(client)
    assert_own_error(outcome, ClientClosedError)
    assert isinstance(outcome, RuntimeError)
    assert len(server.seen) == 1
    assert server.connections == 1


@pytest.mark.parametrize("kind", ASYNC_KINDS)
def test_a_request_waiting_for_a_connection_when_the_client_closes_raises_and_opens_no_pool(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(C, "MAX_CONNECTIONS", 1)  # the first request holds the only connection
    server.default = stall(5)
    client = open_client(kind, TOKEN, endpoint=server.url, retry_total=0)
    assert isinstance(client, AsyncClient)

    async def main() -> Any:
        holding = asyncio.ensure_future(get_deployment(client))
        while not server.seen:
            await asyncio.sleep(0.01)
        waiting = asyncio.ensure_future(get_deployment(client))
        await asyncio.sleep(0.1)  # it waits for the connection the first one holds
        await client.close()
        outcome = await asyncio.gather(waiting, return_exceptions=True)
        holding.cancel()
        await asyncio.gather(holding, return_exceptions=True)
        return outcome[0]

    assert_own_error(asyncio.run(main()), ClientClosedError)
    assert client._transport._root.pool is None  # closing left no pool behind
    assert server.connections == 1


@pytest.mark.parametrize("kind", ASYNC_KINDS)
def test_an_async_client_serves_two_event_loops_in_turn_until_closed(kind: str, server: FaultServer) -> None:
    server.default = respond(200, OK)
    client = open_client(kind, TOKEN, endpoint=server.url)
    assert isinstance(client, AsyncClient)
    assert asyncio.run(get_deployment(client)) == OK
    assert asyncio.run(get_deployment(client)) == OK
    asyncio.run(client.close())
    outcome = failure_on(client)
    assert_own_error(outcome, ClientClosedError)
    assert len(server.seen) == 2
