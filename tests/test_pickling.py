"""Every public exception survives pickling (a worker process may raise it) with its class, str() and attributes.

The errors pickled here are real: raised by a client call of each kind against the loopback fault server. None of
their pickles holds the token, not even one of an error page that echoed the request's Authorization header.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from typing import Any

import httpx
import pytest
from facade_calls import TOKEN, call, open_client, raised_by, run
from fault_server import Action, FaultServer, closed_port_url, echo_authorization, reset_mid_body, respond

from pydo_facade import exceptions
from pydo_facade.exceptions import (
    ActionFailedError,
    ActionTimeoutError,
    ClientAuthenticationError,
    ClientClosedError,
    DecodeError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DigitalOceanError,
    HttpResponseError,
    RateLimit,
    ResourceExistsError,
    ResourceNotFoundError,
    ResourceNotModifiedError,
    ResponseTooLargeError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
    WaitFailedError,
    WaitTimeoutError,
    error_from_response,
)

SECRET = TOKEN.removeprefix("dop_v1_")
FRAGMENTS = (TOKEN.encode(), SECRET[:12].encode(), SECRET[-12:].encode())
PROTOCOLS = sorted({0, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL})
RATELIMIT = {"ratelimit-limit": "5000", "ratelimit-remaining": "4321", "ratelimit-reset": "1732700000"}
NOT_FOUND = {"id": "not_found", "message": "The resource you requested could not be found.", "request_id": "rq-404"}
HTML = "<html><head><title>Welcome</title></head><body>a captive portal</body></html>"


def restart(client: Any) -> Any:
    return client.apps.restart("a1")


def get_deployment(client: Any) -> Any:
    return client.apps.get_deployment("a1", "d1")


def wait(client: Any) -> Any:
    return client.apps.wait_for_deployment("a1", "d1", timeout=0.3, poll_interval=0.05)


def wait_action(client: Any) -> Any:
    return client.actions.wait(36804636, timeout=0.3, poll_interval=0.05)


def wait_load_balancer(client: Any) -> Any:
    return client.load_balancers.wait_until_active("lb-1", timeout=0.3, poll_interval=0.05)


def failed_deployment() -> dict[str, Any]:
    step = {"name": "deploy", "status": "ERROR", "reason": {"code": "HealthChecksFailed", "message": "web failed"}}
    return {"deployment": {"id": "d1", "phase": "ERROR", "progress": {"steps": [step]}}}


@dataclass
class Scenario:
    """A client call that raises one public exception class for real."""

    raises: type[DigitalOceanError]
    use: Callable[[Any], Any] = restart
    answers: tuple[Action, ...] = ()
    keep_answering: Action | None = None
    endpoint: str = "server"
    """"server", "closed-port" (nothing listens) or "closed-client" (the call comes after close())."""
    options: dict[str, Any] = field(default_factory=dict)


SCENARIOS = {
    "404": Scenario(ResourceNotFoundError, answers=(respond(404, NOT_FOUND, headers=RATELIMIT),)),
    "401": Scenario(ClientAuthenticationError, answers=(respond(401, {"id": "unauthorized", "message": "No."}),)),
    "409": Scenario(ResourceExistsError, answers=(respond(409, {"id": "conflict", "message": "Deploying."}),)),
    "429": Scenario(
        TooManyRequestsError,
        answers=(respond(429, {"id": "too_many_requests"}, headers={"Retry-After": "3600", **RATELIMIT}),),
    ),
    "304": Scenario(ResourceNotModifiedError, use=get_deployment, answers=(respond(304, headers={"ETag": '"v1"'}),)),
    "500": Scenario(HttpResponseError, answers=(respond(500, HTML, headers={"x-request-id": "rq-500"}),)),
    "502-page-echoing-the-token": Scenario(HttpResponseError, answers=(echo_authorization(502),)),
    "200-html": Scenario(DecodeError, answers=(respond(200, HTML, headers={"Content-Type": "text/html"}),)),
    "connection-refused": Scenario(ServiceRequestError, use=get_deployment, endpoint="closed-port"),
    "reset-mid-body": Scenario(ServiceResponseError, answers=(reset_mid_body(),)),
    "too-large-body": Scenario(
        ResponseTooLargeError,
        answers=(respond(200, {"deployment": {"id": "d1", "blob": "x" * 5000}}),),
        options={"max_response_bytes": 1024},
    ),
    "closed-client": Scenario(ClientClosedError, use=get_deployment, endpoint="closed-client"),
    "deployment-failed": Scenario(DeploymentFailedError, use=wait, answers=(respond(200, failed_deployment()),)),
    "deployment-timeout": Scenario(
        DeploymentTimeoutError,
        use=wait,
        keep_answering=respond(200, {"deployment": {"id": "d1", "phase": "DEPLOYING"}}),
    ),
    "action-failed": Scenario(
        ActionFailedError, use=wait_action, answers=(respond(200, {"action": {"id": 36804636, "status": "errored"}}),)
    ),
    "action-timeout": Scenario(
        ActionTimeoutError,
        use=wait_action,
        keep_answering=respond(200, {"action": {"id": 36804636, "status": "in-progress"}}),
    ),
    "resource-failed": Scenario(
        WaitFailedError,
        use=wait_load_balancer,
        answers=(respond(200, {"load_balancer": {"id": "lb-1", "status": "errored"}}),),
    ),
    "resource-timeout": Scenario(
        WaitTimeoutError,
        use=wait_load_balancer,
        keep_answering=respond(200, {"load_balancer": {"id": "lb-1", "status": "new"}}),
    ),
}
Raised = Callable[[str, str], Exception]
HTTP_SCENARIOS = [name for name, scenario in SCENARIOS.items() if issubclass(scenario.raises, HttpResponseError)]


def raised_in(scenario: Scenario, kind: str, server: FaultServer) -> Exception:
    """The exception a client of this kind raises in this scenario (checked to be of the class it is for)."""
    server.queue(*scenario.answers)
    if scenario.keep_answering is not None:
        server.default = scenario.keep_answering
    endpoint = closed_port_url() if scenario.endpoint == "closed-port" else server.url
    client = open_client(kind, TOKEN, endpoint=endpoint, **scenario.options)
    if scenario.endpoint == "closed-client":
        run(client, get_deployment)
        error = raised_by(lambda: run(client, scenario.use))
    else:
        error = raised_by(lambda: run(client, scenario.use))
    assert type(error) is scenario.raises, f"{type(error).__module__}.{type(error).__name__}: {error}"
    return error


@pytest.fixture(scope="module")
def raised() -> Raised:
    """raised(kind, scenario): the error of that scenario, raised once per module against a server of its own."""
    errors: dict[tuple[str, str], Exception] = {}

    def error_of(kind: str, scenario: str) -> Exception:
        if (kind, scenario) not in errors:
            with FaultServer() as server:
                errors[kind, scenario] = raised_in(SCENARIOS[scenario], kind, server)
        return errors[kind, scenario]

    return error_of


def round_trip(error: BaseException, protocol: int = pickle.DEFAULT_PROTOCOL) -> Any:
    return pickle.loads(pickle.dumps(error, protocol))


def attributes(error: BaseException) -> dict[str, Any]:
    """An error's attributes, its response as (status, headers, body, request method and URL)."""
    found = dict(vars(error))
    response = found.pop("response", None)
    if isinstance(response, httpx.Response):
        found["response"] = (
            response.status_code,
            response.headers.multi_items(),
            response.content,
            response.request.method,
            str(response.request.url),
        )
    return found


# --- every class, for real --------------------------------------------------------------------


def test_every_public_exception_class_has_a_scenario() -> None:
    public = {
        obj
        for name in exceptions.__all__
        if isinstance(obj := getattr(exceptions, name), type) and issubclass(obj, BaseException)
    }
    assert public - {scenario.raises for scenario in SCENARIOS.values()} == {DigitalOceanError}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_raised_error_round_trips_through_pickle_with_its_class_str_and_attributes(
    kind: str, raised: Raised, scenario: str
) -> None:
    error = raised(kind, scenario)
    for protocol in PROTOCOLS:
        clone = round_trip(error, protocol)
        assert type(clone) is type(error), protocol
        assert str(clone) == str(error), protocol
        assert repr(clone) == repr(error), protocol
        assert clone.args == error.args, protocol
        assert attributes(clone) == attributes(error), protocol


@pytest.mark.parametrize("scenario", HTTP_SCENARIOS)
def test_an_http_error_keeps_its_fields_through_pickle(kind: str, raised: Raised, scenario: str) -> None:
    error = raised(kind, scenario)
    assert isinstance(error, HttpResponseError)
    clone = round_trip(error)
    for name in ("status_code", "reason", "error_id", "message", "request_id", "ratelimit", "retry_after"):
        assert getattr(clone, name) == getattr(error, name), name
    assert clone.response.status_code == error.status_code
    assert clone.response.headers.multi_items() == error.response.headers.multi_items()
    assert clone.response.content == error.response.content


def test_a_404s_fields_are_those_the_server_sent_after_pickling(kind: str, raised: Raised) -> None:
    clone = round_trip(raised(kind, "404"))
    assert (clone.status_code, clone.error_id, clone.request_id) == (404, "not_found", "rq-404")
    assert clone.message == NOT_FOUND["message"]
    assert clone.ratelimit == RateLimit(limit=5000, remaining=4321, reset=1732700000)
    assert clone.response.json() == NOT_FOUND


def test_a_429s_retry_after_and_ratelimit_survive_pickling(kind: str, raised: Raised) -> None:
    clone = round_trip(raised(kind, "429"))
    assert clone.retry_after == 3600
    assert clone.ratelimit == RateLimit(limit=5000, remaining=4321, reset=1732700000)
    assert "retry after 3600 s" in str(clone)


def test_a_deployment_failed_error_keeps_deployment_phase_and_reason(kind: str, raised: Raised) -> None:
    clone = round_trip(raised(kind, "deployment-failed"))
    assert clone.phase == "ERROR"
    assert clone.deployment == failed_deployment()["deployment"]
    assert clone.reason == "HealthChecksFailed: web failed"


def test_a_deployment_timeout_error_keeps_deployment_and_timeout(kind: str, raised: Raised) -> None:
    clone = round_trip(raised(kind, "deployment-timeout"))
    assert clone.timeout == 0.3
    assert clone.deployment == {"id": "d1", "phase": "DEPLOYING"}
    assert isinstance(clone, TimeoutError)


def test_the_base_class_round_trips_through_pickle() -> None:
    # Nothing raises the bare base class, so this one is built by hand.
    error = DigitalOceanError("something went wrong")
    error.add_note("while restarting a1")
    clone = round_trip(error)
    assert type(clone) is DigitalOceanError
    assert (str(clone), clone.message, clone.__notes__) == ("something went wrong", error.message, error.__notes__)


# --- the token stays out ----------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_pickle_of_a_raised_error_never_holds_the_token(kind: str, raised: Raised, scenario: str) -> None:
    error = raised(kind, scenario)
    for protocol in PROTOCOLS:
        data = pickle.dumps(error, protocol)
        assert not [fragment for fragment in FRAGMENTS if fragment in data], protocol


def test_a_pickled_error_page_that_echoed_the_token_holds_it_masked(kind: str, server: FaultServer) -> None:
    clone = round_trip(raised_in(SCENARIOS["502-page-echoing-the-token"], kind, server))
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"  # the page did echo the real header
    assert b"Authorization: Bearer ***" in clone.response.content
    assert "Bearer ***" in clone.message


@pytest.mark.parametrize("scenario", HTTP_SCENARIOS)
def test_an_unpickled_errors_request_carries_no_authorization(kind: str, raised: Raised, scenario: str) -> None:
    clone = round_trip(raised(kind, scenario))
    assert "authorization" not in clone.response.request.headers


def test_a_decode_error_of_a_2xx_page_that_echoed_the_token_never_holds_it(kind: str, server: FaultServer) -> None:
    error = raised_in(Scenario(DecodeError, answers=(echo_authorization(200),)), kind, server)
    assert TOKEN not in str(error)
    assert not [fragment for fragment in FRAGMENTS if fragment in pickle.dumps(error)]


def test_pickling_an_error_whose_response_request_holds_the_token_drops_it() -> None:
    # error_from_response may be handed an answer straight from httpx, whose request still has the header.
    request = httpx.Request("GET", "https://api.digitalocean.com/v2/apps", headers={"Authorization": f"Bearer {TOKEN}"})
    page = f"<pre>Authorization: Bearer {TOKEN}</pre>".encode()
    error = error_from_response(httpx.Response(502, content=page, request=request))
    data = pickle.dumps(error)
    assert not [fragment for fragment in FRAGMENTS if fragment in data]
    clone = pickle.loads(data)
    assert "authorization" not in clone.response.request.headers
    assert clone.response.content == b"<pre>Authorization: Bearer ***</pre>"
    assert str(clone) == str(error)


# --- across processes -------------------------------------------------------------------------


def restart_in_a_worker(kind: str, endpoint: str) -> Any:
    """Run in a worker process: a real restart call (the parent's server answers it)."""
    return call(kind, endpoint, "restart", "a1")


def get_deployment_in_a_worker(kind: str, endpoint: str) -> Any:
    """Run in a worker process: a real get_deployment call."""
    return call(kind, endpoint, "get_deployment", "a1", "d1")


@pytest.fixture(scope="module")
def executor() -> Iterator[ProcessPoolExecutor]:
    # spawn: a fresh interpreter, as on macOS and Windows, rather than a fork of this threaded one.
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as running:
        yield running


@pytest.fixture(scope="module")
def process_pool() -> Iterator[Pool]:
    with multiprocessing.get_context("spawn").Pool(processes=1) as running:
        yield running


def test_a_worker_raising_resource_not_found_reaches_the_parent_as_one(
    kind: str, server: FaultServer, executor: ProcessPoolExecutor
) -> None:
    server.queue(respond(404, NOT_FOUND))
    error = executor.submit(restart_in_a_worker, kind, server.url).exception(timeout=60)
    assert type(error) is ResourceNotFoundError
    assert (error.status_code, error.error_id, error.request_id) == (404, "not_found", "rq-404")
    assert error.message == NOT_FOUND["message"]


def test_the_process_pool_stays_usable_after_a_worker_raised(
    kind: str, server: FaultServer, executor: ProcessPoolExecutor
) -> None:
    server.queue(respond(404, NOT_FOUND))
    assert isinstance(executor.submit(restart_in_a_worker, kind, server.url).exception(timeout=60), DigitalOceanError)
    second = executor.submit(get_deployment_in_a_worker, kind, server.url).result(timeout=60)
    assert second == {"deployment": {"id": "d", "phase": "ACTIVE"}}


def test_multiprocessing_pool_get_raises_the_workers_error_instead_of_hanging(
    kind: str, server: FaultServer, process_pool: Pool
) -> None:
    server.queue(respond(404, NOT_FOUND))
    pending = process_pool.apply_async(restart_in_a_worker, (kind, server.url))
    with pytest.raises(ResourceNotFoundError) as raised:
        pending.get(timeout=60)
    assert (raised.value.status_code, raised.value.error_id) == (404, "not_found")


def test_multiprocessing_pool_get_returns_the_workers_result_after_an_error(
    kind: str, server: FaultServer, process_pool: Pool
) -> None:
    server.queue(respond(404, NOT_FOUND))
    with pytest.raises(ResourceNotFoundError):
        process_pool.apply_async(restart_in_a_worker, (kind, server.url)).get(timeout=60)
    result = process_pool.apply_async(get_deployment_in_a_worker, (kind, server.url)).get(timeout=60)
    assert result == {"deployment": {"id": "d", "phase": "ACTIVE"}}
