"""The token never shows (reprs, exceptions and their cause chains, log records at any level), yet it is sent.

`kind` "async-httpx" here is an AsyncClient on httpx's own transport that it owns (httpx-aiohttp hidden while it
is built), so the facade's settings apply on that path too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import traceback
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import trustme
from facade_calls import TOKEN, open_client, raised_by, run
from fault_server import Action, FaultServer, closed_port_url, reset_mid_body, respond, stall

from pydo_facade import AsyncClient, Client
from pydo_facade.exceptions import (
    ClientAuthenticationError,
    DecodeError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DigitalOceanError,
    HttpResponseError,
    ResourceNotFoundError,
    ResponseTooLargeError,
    ServiceRequestError,
    ServiceResponseError,
    TooManyRequestsError,
)

SECRET = TOKEN.removeprefix("dop_v1_")
FRAGMENTS = (TOKEN, SECRET[:12], SECRET[-12:])
"""The token, and pieces of it long enough to matter if a message cut it short."""

DEPLOYING = {"deployment": {"id": "d1", "phase": "DEPLOYING"}}
ACTIVE = {"deployment": {"id": "d1", "phase": "ACTIVE"}}
HTML = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
ECHO_PAGE = f"<html><body><h1>400 Bad Request</h1><pre>POST /v2/apps/a1/restart\nAuthorization: Bearer {TOKEN}</pre>"
"""A debugging proxy's or WAF's error page that reflects the request headers back."""


def leaked(text: str) -> list[str]:
    return [fragment for fragment in FRAGMENTS if fragment in text]


def chain(error: BaseException) -> Iterator[BaseException]:
    """The exception, and every exception reachable through __cause__ and __context__."""
    pending, seen = [error], set()
    while pending:
        link = pending.pop()
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        pending += [e for e in (link.__cause__, link.__context__) if e is not None]


def printed_forms(error: BaseException) -> list[str]:
    """How an exception gets printed: the traceback, and str/repr/args/attributes of every link of its chain."""
    forms = ["".join(traceback.format_exception(error))]
    for link in chain(error):
        forms += [str(link), repr(link), repr(link.args)]
        if hasattr(link, "__dict__"):
            forms.append(repr(vars(link)))
    return forms


def assert_no_token_in(error: BaseException) -> None:
    for form in printed_forms(error):
        assert not leaked(form), f"the token shows in {type(error).__name__}: {form[:2000]}"


def restart(client: Any) -> Any:
    return client.apps.restart("a1")


def get_deployment(client: Any) -> Any:
    return client.apps.get_deployment("a1", "d1")


def wait(client: Any) -> Any:
    return client.apps.wait_for_deployment("a1", "d1", timeout=0.3, poll_interval=0.05)


def garbled_answer(conn: socket.socket, server: FaultServer) -> bool:
    """An answer no HTTP parser accepts (its Content-Length is not a number)."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: twelve\r\n\r\n{}")
    return False


@dataclass
class Scenario:
    """One way a call fails: the server's answers, the call, and the exception the facade documents for it."""

    use: Callable[[Any], Any]
    raises: type[Exception]
    answers: tuple[Action, ...] = ()
    keep_answering: Action | None = None
    endpoint: str = "server"
    """Where the call goes: "server", "closed-port" (nothing listens) or "tls" (a certificate from an unknown CA)."""
    options: dict[str, Any] = field(default_factory=dict)


def failed_deployment() -> dict[str, Any]:
    step = {"name": "deploy", "status": "ERROR", "reason": {"code": "HealthChecksFailed", "message": "web failed"}}
    return {"deployment": {"id": "d1", "phase": "ERROR", "progress": {"steps": [step]}}}


SCENARIOS = {
    "401": Scenario(restart, ClientAuthenticationError, (respond(401, {"id": "unauthorized", "message": "No."}),)),
    "404-json": Scenario(restart, ResourceNotFoundError, (respond(404, {"id": "not_found", "message": "Gone."}),)),
    "404-not-json": Scenario(restart, ResourceNotFoundError, (respond(404, HTML),)),
    "429-raised-at-once": Scenario(
        restart, TooManyRequestsError, (respond(429, {"id": "too_many_requests"}, headers={"Retry-After": "3600"}),)
    ),
    "500-html": Scenario(restart, HttpResponseError, (respond(500, HTML, headers={"Content-Type": "text/html"}),)),
    "error-page-echoing-the-request": Scenario(
        restart, HttpResponseError, (respond(400, ECHO_PAGE, headers={"Content-Type": "text/html"}),)
    ),
    "decode-error": Scenario(restart, DecodeError, (respond(200, HTML, headers={"Content-Type": "text/html"}),)),
    "redirect-elsewhere": Scenario(
        restart, HttpResponseError, (respond(302, headers={"Location": "https://elsewhere.example/v2/apps"}),)
    ),
    "connection-refused": Scenario(get_deployment, ServiceRequestError, endpoint="closed-port"),
    "stall": Scenario(restart, ServiceResponseError, (stall(30),), options={"timeout": 0.3}),
    "reset-mid-body": Scenario(restart, ServiceResponseError, (reset_mid_body(),)),
    "garbled-answer": Scenario(restart, ServiceResponseError, (garbled_answer,)),
    "certificate": Scenario(restart, ServiceRequestError, endpoint="tls"),
    "too-large-body": Scenario(
        get_deployment,
        ResponseTooLargeError,
        (respond(200, {"deployment": {"id": "d1", "blob": "x" * 5000}}),),
        options={"max_response_bytes": 1024},
    ),
    "deployment-failed": Scenario(wait, DeploymentFailedError, (respond(200, failed_deployment()),)),
    "deployment-timeout": Scenario(wait, DeploymentTimeoutError, keep_answering=respond(200, DEPLOYING)),
}


def raised_in(scenario: Scenario, kind: str, server: FaultServer) -> Exception:
    """The exception a client of this kind raises in this scenario."""
    server.queue(*scenario.answers)
    if scenario.keep_answering is not None:
        server.default = scenario.keep_answering
    with contextlib.ExitStack() as stack:
        if scenario.endpoint == "closed-port":
            endpoint = closed_port_url()
        elif scenario.endpoint == "tls":
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
            endpoint = stack.enter_context(FaultServer(tls=context)).url
        else:
            endpoint = server.url
        client = open_client(kind, TOKEN, endpoint=endpoint, **scenario.options)
        return raised_by(lambda: run(client, scenario.use))


# --- what the token-holder prints -------------------------------------------------------------


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_client_repr_and_str_do_not_show_the_token(cls: type[Client | AsyncClient]) -> None:
    client = cls(TOKEN)
    try:
        for form in (repr(client), str(client), repr(vars(client)), repr(client.apps), repr(vars(client.apps))):
            assert not leaked(form), form
    finally:
        if isinstance(client, Client):
            client.close()
        else:
            asyncio.run(client.aclose())


@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_no_exception_shows_the_token(kind: str, server: FaultServer, scenario: Scenario) -> None:
    assert_no_token_in(raised_in(scenario, kind, server))


@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=SCENARIOS.keys())
def test_every_failure_is_raised_as_the_facade_exception_for_it(
    kind: str, server: FaultServer, scenario: Scenario
) -> None:
    # An exception from below the facade (httpx, aiohttp) is where a token could slip out: none may escape.
    error = raised_in(scenario, kind, server)
    assert isinstance(error, DigitalOceanError), f"{type(error).__module__}.{type(error).__name__}: {error}"
    assert isinstance(error, scenario.raises)


# --- tracebacks with their locals -------------------------------------------------------------

FAILURES = ["stall", "connection-refused", "certificate", "404-json", "reset-mid-body", "too-large-body"]
"""A read timeout, a refused connection, an untrusted certificate, a 404, a reset mid-body, a body past the cap."""
TRANSPORT_FAILURES = [
    name for name in FAILURES if issubclass(SCENARIOS[name].raises, ServiceRequestError | ServiceResponseError)
]
LIBRARIES_BELOW = ("httpx", "httpcore", "h11", "aiohttp", "httpx_aiohttp", "anyio")


def frames_reachable(error: BaseException) -> Iterator[types.FrameType]:
    """Every frame of the error's traceback and its chain, and of any exception those frames hold in a local."""
    pending, seen = [error], set()
    while pending:
        link = pending.pop()
        if id(link) in seen:
            continue
        seen.add(id(link))
        pending += [e for e in (link.__cause__, link.__context__) if e is not None]
        tb = link.__traceback__
        while tb is not None:
            yield tb.tb_frame
            pending += [value for value in tb.tb_frame.f_locals.values() if isinstance(value, BaseException)]
            tb = tb.tb_next


@pytest.fixture(scope="module")
def failure_of() -> Callable[[str, str], Exception]:
    """failure_of(kind, failure): that failure's exception, raised once per module against a server of its own."""
    errors: dict[tuple[str, str], Exception] = {}

    def error_of(kind: str, failure: str) -> Exception:
        if (kind, failure) not in errors:
            with FaultServer() as server:
                errors[kind, failure] = raised_in(SCENARIOS[failure], kind, server)
            assert isinstance(errors[kind, failure], SCENARIOS[failure].raises)
        return errors[kind, failure]

    return error_of


@pytest.mark.parametrize("failure", FAILURES)
def test_a_traceback_with_every_frames_locals_never_shows_the_token(
    kind: str, failure_of: Callable[[str, str], Exception], failure: str
) -> None:
    error = failure_of(kind, failure)
    printed = traceback.TracebackException(type(error), error, error.__traceback__, capture_locals=True)
    text = "".join(printed.format())
    assert "Traceback" in text
    assert not leaked(text), text[:4000]


@pytest.mark.parametrize("failure", TRANSPORT_FAILURES)
def test_a_transport_error_has_no_cause_and_no_context(
    kind: str, failure_of: Callable[[str, str], Exception], failure: str
) -> None:
    error = failure_of(kind, failure)
    assert error.__cause__ is None
    assert error.__context__ is None


@pytest.mark.parametrize("failure", FAILURES)
def test_no_frame_of_the_http_libraries_hangs_off_a_failure(
    kind: str, failure_of: Callable[[str, str], Exception], failure: str
) -> None:
    # Their frames' locals hold the request and its headers: none may be reachable from what the caller catches.
    error = failure_of(kind, failure)
    below = {
        f"{frame.f_globals.get('__name__')}:{frame.f_code.co_name}"
        for frame in frames_reachable(error)
        if str(frame.f_globals.get("__name__", "")).split(".")[0] in LIBRARIES_BELOW
    }
    assert below == set()


BAD_CONSTRUCTION: dict[str, Callable[[type[Client | AsyncClient]], Any]] = {
    "token-with-trailing-newline": lambda cls: cls(TOKEN + "\n"),
    "token-with-inner-space": lambda cls: cls(TOKEN[:20] + " " + TOKEN[20:]),
    "plain-http-elsewhere": lambda cls: cls(TOKEN, endpoint="http://api.example.invalid"),
    "https-endpoint-with-credentials": lambda cls: cls(TOKEN, endpoint=f"https://do:{TOKEN}@api.digitalocean.com"),
    "http-endpoint-with-credentials": lambda cls: cls(TOKEN, endpoint=f"http://do:{TOKEN}@api.example.invalid"),
    "bad-timeout": lambda cls: cls(TOKEN, timeout=-1),
    "bad-retry-total": lambda cls: cls(TOKEN, retry_total=-1),
    "missing-ca-bundle": lambda cls: cls(TOKEN, connection_verify="/nonexistent/ca.pem"),
    "wrong-http-client": lambda cls: cls(TOKEN, http_client=object()),
}


@pytest.mark.parametrize("cls", [Client, AsyncClient])
@pytest.mark.parametrize("case", list(BAD_CONSTRUCTION))
def test_construction_errors_do_not_show_the_token(cls: type[Client | AsyncClient], case: str) -> None:
    error = raised_by(lambda: BAD_CONSTRUCTION[case](cls))
    assert isinstance(error, ValueError | TypeError)
    assert_no_token_in(error)


BAD_CALLS: dict[str, Callable[[Any], Any]] = {
    "app-id-none": lambda client: client.apps.restart(None),
    "token-as-authorization-header": lambda client: client.apps.restart(
        "a1", headers={"Authorization": f"Bearer {TOKEN}"}
    ),
    "token-as-bytes-header": lambda client: client.apps.restart("a1", headers={"X-Token": TOKEN.encode()}),
    "token-as-unknown-keyword": lambda client: client.apps.restart("a1", token=TOKEN),
    "bad-body": lambda client: client.apps.restart("a1", body={"components": "web"}),
    "bad-wait-timeout": lambda client: client.apps.wait_for_deployment("a1", "d1", timeout=-1),
    "bad-on-progress": lambda client: client.apps.wait_for_deployment("a1", "d1", on_progress=TOKEN),
}


@pytest.mark.parametrize("case", list(BAD_CALLS))
def test_bad_input_errors_do_not_show_the_token(kind: str, server: FaultServer, case: str) -> None:
    error = raised_by(lambda: run(open_client(kind, TOKEN, endpoint=server.url), BAD_CALLS[case]))
    assert isinstance(error, ValueError | TypeError)
    assert_no_token_in(error)
    assert server.seen == []


# --- where the token goes ---------------------------------------------------------------------


def test_the_token_is_sent_in_the_authorization_header(kind: str, server: FaultServer) -> None:
    run(open_client(kind, TOKEN, endpoint=server.url), get_deployment)
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_a_redirect_to_another_origin_is_not_followed_so_the_token_stays_home(kind: str, server: FaultServer) -> None:
    with FaultServer() as elsewhere:  # same host, another port: another origin
        server.queue(respond(307, headers={"Location": f"{elsewhere.url}/v2/apps/a1/deployments/d1"}))
        with pytest.raises(HttpResponseError) as raised:
            run(open_client(kind, TOKEN, endpoint=server.url), get_deployment)
        assert elsewhere.seen == []
    assert raised.value.status_code == 307


# --- logs -------------------------------------------------------------------------------------

LOGGERS = ("pydo_facade", "httpx", "httpcore", "aiohttp", "asyncio", "urllib3")


def log_texts(record: logging.LogRecord) -> list[str]:
    return [logging.Formatter("%(name)s %(levelname)s %(message)s").format(record), repr(vars(record))]


def test_no_log_record_at_any_level_shows_the_token(
    kind: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(1)  # the root logger, below DEBUG: every record of every library
    for name in LOGGERS:
        caplog.set_level(1, logger=name)
    server.queue(
        respond(503, HTML),  # the GET is retried ...
        respond(200, DEPLOYING),
        respond(429, {"id": "too_many_requests", "message": "slow"}, headers={"Retry-After": "0"}),  # ... the POST too
        respond(200, DEPLOYING),
        respond(200, ACTIVE),
        respond(401, {"id": "unauthorized", "message": "Unable to authenticate you."}),
    )

    def unauthorized(client: Any) -> Any:
        return client.apps.get_deployment("a1", "d1")

    def waited(client: Any) -> Any:
        return client.apps.wait_for_deployment("a1", {"deployment": {"id": "d1"}}, poll_interval=0)

    run(open_client(kind, TOKEN, endpoint=server.url), get_deployment, restart, waited)
    with pytest.raises(ClientAuthenticationError):
        run(open_client(kind, TOKEN, endpoint=server.url), unauthorized)
    with pytest.raises(ServiceRequestError):
        run(open_client(kind, TOKEN, endpoint=closed_port_url(), retry_total=2), get_deployment)

    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    messages = [(record.name, record.levelno, record.getMessage()) for record in caplog.records]
    assert any(name == "pydo_facade" and level == logging.INFO and "retrying" in text for name, level, text in messages)
    assert any(name == "pydo_facade" and level == logging.DEBUG for name, level, _ in messages)
    for record in caplog.records:
        for text in log_texts(record):
            assert not leaked(text), text


def test_httpx_debug_records_are_captured_and_clean(server: FaultServer, caplog: pytest.LogCaptureFixture) -> None:
    # The sync client's transport logs every connection step at DEBUG: proof the capture reaches third parties.
    caplog.set_level(1)
    run(open_client("sync", TOKEN, endpoint=server.url), get_deployment)
    third_party = [record for record in caplog.records if record.name.split(".")[0] in {"httpx", "httpcore"}]
    assert any(record.levelno == logging.DEBUG for record in third_party)
    for record in third_party:
        for text in log_texts(record):
            assert not leaked(text), text


def test_the_mock_transport_sees_the_token_that_no_error_shows() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"id": "not_found", "message": "gone"})

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with Client(TOKEN, http_client=http_client) as client:
        error = raised_by(lambda: client.apps.restart("a1"))
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert isinstance(error, ResourceNotFoundError)
    assert_no_token_in(error)
