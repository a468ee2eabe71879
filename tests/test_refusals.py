"""Arguments refused before anything is sent: headers=, constructor settings, path parameters, an empty restart list.

Every refusal is a TypeError (wrong kind of value) or a ValueError (right kind, bad value), raised by each client
kind, and the loopback server behind the call never sees a connection. Proxy settings from the environment are
refused at construction too: tests/test_proxies.py covers them.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from facade_calls import KINDS, TOKEN, open_client, raised_by
from fault_server import FaultServer

from pydo_facade import AsyncClient, Client
from pydo_facade import _constants as C

SECRET = TOKEN.removeprefix("dop_v1_")


def close(client: Client | AsyncClient) -> None:
    """Close a client that was built (a refusal that did not happen must not leak its pool)."""
    if isinstance(client, Client):
        client.close()
    else:
        asyncio.run(client.aclose())


def construction_error(kind: str, *args: Any, **options: Any) -> Exception:
    """What building a client of this kind with these arguments raises (the test fails if it builds)."""

    def build() -> None:
        close(open_client(kind, *args, **options))

    return raised_by(build)


class Driver:
    """A client of one kind kept open for the module, with the event loop its calls run in (async kinds)."""

    def __init__(self, kind: str, endpoint: str) -> None:
        self.client = open_client(kind, TOKEN, endpoint=endpoint)
        self.runner = None if isinstance(self.client, Client) else asyncio.Runner()

    def __call__(self, use: Callable[[Any], Any]) -> Any:
        """use(client), awaited on the driver's loop for an async client."""
        if self.runner is None:
            return use(self.client)
        return self.runner.run(use(self.client))

    def close(self) -> None:
        if self.runner is None:
            close(self.client)
            return
        assert isinstance(self.client, AsyncClient)
        self.runner.run(self.client.aclose())
        self.runner.close()


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    """One loopback server for the module: no refused call may reach it (each test checks that none did)."""
    with FaultServer() as running:
        yield running


@pytest.fixture(scope="module")
def drivers(server: FaultServer) -> Iterator[dict[str, Driver]]:
    opened = {kind: Driver(kind, server.url) for kind in KINDS}
    yield opened
    for driver in opened.values():
        driver.close()


@pytest.fixture
def drive(kind: str, drivers: dict[str, Driver]) -> Driver:
    """The open client of this test's kind (building one per test would cost more than all its checks)."""
    return drivers[kind]


@contextlib.contextmanager
def nothing_reaches(server: FaultServer) -> Iterator[None]:
    """Fail unless the block leaves the server without a new connection or request."""
    before = (server.connections, len(server.seen))
    yield
    assert (server.connections, len(server.seen)) == before, "the refused call reached the server"


def refused(server: FaultServer, drive: Driver, use: Callable[[Any], Any]) -> Exception:
    """The exception use(client) raises, checking that nothing reached the server."""
    with nothing_reaches(server):
        return raised_by(lambda: drive(use))


# --- headers= ---------------------------------------------------------------------------------

FORBIDDEN = [
    "Authorization",
    "Proxy-Authorization",
    "Content-Length",
    "Transfer-Encoding",
    "Host",
    "Connection",
    "Keep-Alive",
    "Proxy-Connection",
    "Upgrade",
    "TE",
    "Trailer",
    "Expect",
]
OPERATIONS = {
    "restart": ("restart", "a1"),
    "get_deployment": ("get_deployment", "a1", "d1"),
}


def send_with_headers(server: FaultServer, drive: Driver, operation: str, headers: Any) -> Exception:
    """The error a call of this operation with these headers= raises."""
    name, *args = OPERATIONS[operation]
    return refused(server, drive, lambda client: getattr(client.apps, name)(*args, headers=headers))


@pytest.mark.parametrize("name", FORBIDDEN)
def test_a_framing_or_routing_header_is_refused_in_any_case(drive: Driver, server: FaultServer, name: str) -> None:
    for operation in OPERATIONS:
        for header in (name, name.lower(), name.upper(), name.swapcase()):
            error = send_with_headers(server, drive, operation, {header: "value"})
            assert isinstance(error, ValueError), (operation, header, error)
            assert header in str(error)


NOT_TOKENS = {
    "leading-space": " Authorization",
    "trailing-space": "Authorization ",
    "inner-space": "X Trace",
    "colon": "X-Trace:",
    "empty": "",
    "crlf": "X-Trace\r\nX-Injected",
    "nul": "X-Trace\x00",
    "non-ascii": "X-Trâce",
    "slash": "X/Trace",
    "brackets": "[X-Trace]",
}


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("name", NOT_TOKENS.values(), ids=NOT_TOKENS.keys())
def test_a_header_name_that_is_not_an_rfc_9110_token_is_refused(
    drive: Driver, server: FaultServer, operation: str, name: str
) -> None:
    error = send_with_headers(server, drive, operation, {name: "value"})
    assert isinstance(error, ValueError)
    assert "token" in str(error)


UNSAFE_VALUES = {
    "cr": "abc\rdef",
    "lf": "abc\ndef",
    "crlf-injection": "abc\r\nX-Injected: yes",
    "nul": "abc\x00def",
    "trailing-lf": "abc\n",
}


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("value", UNSAFE_VALUES.values(), ids=UNSAFE_VALUES.keys())
def test_a_header_value_with_cr_lf_or_nul_is_refused(
    drive: Driver, server: FaultServer, operation: str, value: str
) -> None:
    error = send_with_headers(server, drive, operation, {"X-Trace": value})
    assert isinstance(error, ValueError)
    assert "X-Trace" in str(error)


NON_ASCII_VALUES = {
    "accented": "café",
    "zero-width-space": "abc\u200bdef",
    "byte-order-mark": "\ufeffabc",
    "line-separator": "abc\u2028def",
    "del": "abc\x7fdef",
    "escape": "abc\x1bdef",
}


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("value", NON_ASCII_VALUES.values(), ids=NON_ASCII_VALUES.keys())
def test_a_header_value_that_is_not_printable_ascii_is_refused(
    drive: Driver, server: FaultServer, operation: str, value: str
) -> None:
    error = send_with_headers(server, drive, operation, {"X-Trace": value})
    assert isinstance(error, ValueError)


@pytest.mark.parametrize("value", [*UNSAFE_VALUES.values(), *NON_ASCII_VALUES.values()])
def test_a_refused_header_value_is_not_repeated_in_the_error(drive: Driver, server: FaultServer, value: str) -> None:
    secret_value = f"{SECRET}{value}{SECRET}"
    error = send_with_headers(server, drive, "restart", {"X-Api-Key": secret_value})
    assert isinstance(error, ValueError)
    assert SECRET[:12] not in f"{error!s} {error!r}"


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize(("first", "second"), [("X-Trace", "x-trace"), ("x-trace", "X-TRACE"), ("Accept", "accept")])
def test_the_same_header_name_twice_in_different_case_is_refused(
    drive: Driver, server: FaultServer, operation: str, first: str, second: str
) -> None:
    error = send_with_headers(server, drive, operation, {first: "a", second: "b"})
    assert isinstance(error, ValueError)
    assert "twice" in str(error)


WRONG_TYPES: dict[str, Any] = {
    "bytes-name": {b"X-Trace": "a"},
    "int-name": {1: "a"},
    "bytes-value": {"X-Trace": b"a"},
    "int-value": {"X-Trace": 1},
    "none-value": {"X-Trace": None},
    "list-of-pairs": [("X-Trace", "a")],
    "string": "X-Trace: a",
}


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("headers", WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
def test_headers_that_are_not_a_mapping_of_str_to_str_are_a_type_error(
    drive: Driver, server: FaultServer, operation: str, headers: Any
) -> None:
    error = send_with_headers(server, drive, operation, headers)
    assert isinstance(error, TypeError)
    assert "headers" in str(error)


def test_an_accepted_extra_header_is_sent(drive: Driver, server: FaultServer) -> None:
    # The counterpart of the refusals: a well-formed extra header reaches the server.
    drive(lambda client: client.apps.get_deployment("a1", "d1", headers={"X-Trace": "abc-123\t!#$%&'*+-.^_`|~"}))
    assert server.seen[-1].headers["x-trace"] == "abc-123\t!#$%&'*+-.^_`|~"


# --- construction -----------------------------------------------------------------------------

BAD_TOKENS = {
    "byte-order-mark": "\ufeff" + TOKEN,
    "zero-width-space": TOKEN + "\u200b",
    "zero-width-joiner-inside": TOKEN[:20] + "\u200d" + TOKEN[20:],
    "no-break-space": TOKEN + "\xa0",
    "accented": TOKEN[:20] + "é" + TOKEN[20:],
    "line-separator": TOKEN + "\u2028",
    "trailing-newline": TOKEN + "\n",
    "carriage-return": TOKEN + "\r",
    "tab-inside": TOKEN[:20] + "\t" + TOKEN[20:],
    "nul": TOKEN + "\x00",
    "del": TOKEN + "\x7f",
    "escape": "\x1b" + TOKEN,
}


@pytest.mark.parametrize("token", BAD_TOKENS.values(), ids=BAD_TOKENS.keys())
def test_a_token_with_whitespace_control_or_non_ascii_characters_is_refused(kind: str, token: str) -> None:
    error = construction_error(kind, token)
    assert isinstance(error, ValueError)
    assert "token" in str(error)


@pytest.mark.parametrize("token", BAD_TOKENS.values(), ids=BAD_TOKENS.keys())
def test_a_refused_token_is_not_repeated_in_the_error(kind: str, token: str) -> None:
    error = construction_error(kind, token)
    text = f"{error!s} {error!r} {error.args!r}"
    for fragment in (SECRET[:12], SECRET[-12:], SECRET[20:32]):
        assert fragment not in text


@pytest.mark.parametrize(
    "timeout",
    [C.MAX_SECONDS + 1, C.MAX_SECONDS * 2, 1e10, math.inf, -math.inf, math.nan],
    ids=["a-week-and-a-second", "two-weeks", "1e10", "inf", "-inf", "nan"],
)
def test_a_timeout_past_a_week_or_not_finite_is_refused(kind: str, timeout: float) -> None:
    error = construction_error(kind, TOKEN, timeout=timeout)
    assert isinstance(error, ValueError)
    assert "timeout" in str(error)


def test_a_timeout_of_exactly_a_week_is_accepted(kind: str) -> None:
    close(open_client(kind, TOKEN, timeout=C.MAX_SECONDS))


@pytest.mark.parametrize("phase", ["connect", "read", "write", "pool"])
@pytest.mark.parametrize(
    "limit", [C.MAX_SECONDS + 1, math.inf, math.nan, -1.0, 0.0], ids=["past-a-week", "inf", "nan", "negative", "zero"]
)
def test_an_httpx_timeout_with_such_a_phase_is_refused(kind: str, phase: str, limit: float) -> None:
    error = construction_error(kind, TOKEN, timeout=httpx.Timeout(5.0, **{phase: limit}))
    assert isinstance(error, ValueError)
    assert phase in str(error)


@pytest.fixture(scope="module")
def not_ca_bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Files that are not PEM bundles of CA certificates, by what they are instead."""
    folder = tmp_path_factory.mktemp("not-ca-bundles")
    ca = trustme.CA()
    contents = {
        "empty": b"",
        "text": b"these are not the certificates you are looking for\n",
        "binary": bytes(range(256)) * 4,
        "private-key": ca.private_key_pem.bytes(),
        "truncated-certificate": ca.cert_pem.bytes()[:200],
        "utf-16": "-----BEGIN CERTIFICATE-----".encode("utf-16"),
    }
    paths = {}
    for name, content in contents.items():
        paths[name] = folder / f"{name}.pem"
        paths[name].write_bytes(content)
    return paths


@pytest.mark.parametrize("bundle", ["empty", "text", "binary", "private-key", "truncated-certificate", "utf-16"])
def test_connection_verify_naming_a_file_that_is_not_a_pem_ca_bundle_is_refused(
    kind: str, not_ca_bundles: dict[str, Path], bundle: str
) -> None:
    error = construction_error(kind, TOKEN, connection_verify=str(not_ca_bundles[bundle]))
    assert isinstance(error, ValueError)
    assert "connection_verify" in str(error)
    assert "PEM" in str(error)


BAD_USER_AGENTS = {
    "crlf-injection": "deploy-bot/2.0\r\nX-Injected: yes",
    "trailing-newline": "deploy-bot/2.0\n",
    "carriage-return": "deploy-bot/2.0\r",
    "nul": "deploy-bot/2.0\x00",
    "accented": "déploy-bot/2.0",
    "zero-width-space": "deploy-bot/2.0\u200b",
    "line-separator": "deploy-bot/2.0\u2028more",
}


@pytest.mark.parametrize("user_agent", BAD_USER_AGENTS.values(), ids=BAD_USER_AGENTS.keys())
def test_a_multi_line_or_non_ascii_user_agent_is_refused(kind: str, user_agent: str) -> None:
    error = construction_error(kind, TOKEN, user_agent=user_agent)
    assert isinstance(error, ValueError)
    assert "user_agent" in str(error)


WRONG_TYPED_SETTINGS: dict[str, dict[str, Any]] = {
    "token-bytes": {"token": TOKEN.encode()},
    "token-int": {"token": 12345},
    "endpoint-bytes": {"endpoint": b"https://api.digitalocean.com"},
    "endpoint-int": {"endpoint": 443},  # (None is the default: DIGITALOCEAN_ENDPOINT, else the API)
    "timeout-str": {"timeout": "30"},
    "timeout-none": {"timeout": None},
    "timeout-bool": {"timeout": True},
    "timeout-tuple": {"timeout": (5, 30)},
    "connection-verify-int": {"connection_verify": 1},
    "connection-verify-none": {"connection_verify": None},
    "connection-verify-bytes": {"connection_verify": b"/etc/ssl/certs/ca-certificates.crt"},
    "user-agent-bytes": {"user_agent": b"deploy-bot/2.0"},
    "user-agent-int": {"user_agent": 2},
    "max-response-bytes-str": {"max_response_bytes": "1048576"},
    "max-response-bytes-float": {"max_response_bytes": 1048576.0},
    "max-response-bytes-bool": {"max_response_bytes": True},
    "retry-total-str": {"retry_total": "3"},
}


@pytest.mark.parametrize("setting", WRONG_TYPED_SETTINGS.values(), ids=WRONG_TYPED_SETTINGS.keys())
def test_a_setting_of_the_wrong_type_is_a_type_error(kind: str, setting: dict[str, Any]) -> None:
    options = {"token": TOKEN, **setting}
    error = construction_error(kind, **options)
    assert isinstance(error, TypeError)
    assert next(iter(setting)) in str(error)


# --- path parameters --------------------------------------------------------------------------

SLOTS = {
    "restart-app_id": ("restart", "app_id"),
    "get_deployment-app_id": ("get_deployment", "app_id"),
    "get_deployment-deployment_id": ("get_deployment", "deployment_id"),
    "wait_for_deployment-app_id": ("wait_for_deployment", "app_id"),
    "wait_for_deployment-deployment_id": ("wait_for_deployment", "deployment_id"),
}


def with_path_parameter(slot: str, value: Any) -> Callable[[Any], Any]:
    """A call of the slot's operation with `value` in that path parameter and a good value in the other."""
    operation, parameter = SLOTS[slot]
    ids = {"app_id": "a1", "deployment_id": "d1", parameter: value}
    args = [ids["app_id"]] if operation == "restart" else [ids["app_id"], ids["deployment_id"]]
    options = {"timeout": 1, "poll_interval": 0} if operation == "wait_for_deployment" else {}
    return lambda client: getattr(client.apps, operation)(*args, **options)


BAD_PATH_VALUES: dict[str, tuple[Any, type[Exception]]] = {
    "none": (None, TypeError),
    "int": (5, TypeError),
    "bytes": (b"a1", TypeError),
    "list": (["a1"], TypeError),
    "empty": ("", ValueError),
    "spaces": ("   ", ValueError),
    "newline-only": ("\n", ValueError),
    "dot": (".", ValueError),
    "dot-dot": ("..", ValueError),
    "one-past-the-limit": ("x" * (C.MAX_PATH_PARAMETER + 1), ValueError),
    "100-kb": ("x" * 100_000, ValueError),
    "nul": ("a1\x00", ValueError),
    "newline": ("a1\nb", ValueError),
    "carriage-return": ("a1\rb", ValueError),
    "tab": ("a1\tb", ValueError),
    "escape": ("a1\x1b", ValueError),
    "del": ("a1\x7f", ValueError),
}


@pytest.mark.parametrize("slot", SLOTS)
@pytest.mark.parametrize(("value", "expected"), BAD_PATH_VALUES.values(), ids=BAD_PATH_VALUES.keys())
def test_a_bad_path_parameter_is_refused_before_anything_is_sent(
    drive: Driver, server: FaultServer, slot: str, value: Any, expected: type[Exception]
) -> None:
    error = refused(server, drive, with_path_parameter(slot, value))
    assert type(error) is expected, f"{type(error).__module__}.{type(error).__name__}: {error}"
    assert SLOTS[slot][1] in str(error)


@pytest.mark.parametrize("slot", SLOTS)
def test_a_path_parameter_of_exactly_the_limit_is_sent(drive: Driver, server: FaultServer, slot: str) -> None:
    drive(with_path_parameter(slot, "x" * C.MAX_PATH_PARAMETER))
    assert "x" * C.MAX_PATH_PARAMETER in server.seen[-1].path


HUNDRED_KB = "b6bdf840" * 12_500


def test_a_100_kb_app_id_is_a_value_error_not_an_invalid_url(drive: Driver, server: FaultServer) -> None:
    error = refused(server, drive, lambda client: client.apps.get_deployment(HUNDRED_KB, "d1"))
    assert type(error) is ValueError
    assert not isinstance(error, httpx.InvalidURL)
    assert "app_id" in str(error)
    assert len(str(error)) < 200  # names the length, never repeats the value


def test_a_100_kb_deployment_id_is_a_value_error_not_an_invalid_url(drive: Driver, server: FaultServer) -> None:
    error = refused(server, drive, lambda client: client.apps.get_deployment("a1", HUNDRED_KB))
    assert type(error) is ValueError
    assert not isinstance(error, httpx.InvalidURL)
    assert "deployment_id" in str(error)
    assert len(str(error)) < 200


# --- restart's body ---------------------------------------------------------------------------


@pytest.mark.parametrize("components", [[], ()], ids=["list", "tuple"])
def test_restart_with_an_empty_components_list_is_refused(drive: Driver, server: FaultServer, components: Any) -> None:
    # An empty list would restart every component: a computed list that came out empty must not do that.
    error = refused(server, drive, lambda client: client.apps.restart("a1", body={"components": components}))
    assert isinstance(error, ValueError)
    assert "omit" in str(error)


def test_restart_without_components_restarts_every_component(drive: Driver, server: FaultServer) -> None:
    # The counterpart: leaving the field out (or body=None) is how every component is restarted.
    drive(lambda client: client.apps.restart("a1", body={}))
    assert server.seen[-1].json() == {}
