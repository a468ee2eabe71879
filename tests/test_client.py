"""Client and AsyncClient construction and configuration: token, endpoint, timeout, TLS, http_client, pool, transports.

Here the `kind` "async-httpx" is an AsyncClient that owns an httpx transport (httpx-aiohttp hidden while it is
built), so the facade's own settings (timeout, connection_verify) are what is tested on that path; tests/conftest.py's
`call` covers an AsyncClient on a caller's httpx.AsyncClient.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from facade_calls import TOKEN, call, open_client, run
from fault_server import FaultServer, stall
from httpx_aiohttp import AiohttpTransport

from pydo_facade import AsyncClient, Client, ServiceRequestError, ServiceResponseError, __version__

REPO = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
CLASSES = [Client, AsyncClient]
ACTIVE = {"deployment": {"id": "d1", "phase": "ACTIVE"}}


def get_deployment(client: Any) -> Any:
    return client.apps.get_deployment("a1", "d1")


def restart(client: Any) -> Any:
    return client.apps.restart("a1")


def close(client: Client | AsyncClient) -> None:
    """Close a client that may have made no request."""
    if isinstance(client, Client):
        client.close()
    else:
        asyncio.run(client.aclose())


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test on any DNS lookup or connection attempt."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        pytest.fail(f"the network was used: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_path(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[FaultServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    with FaultServer(tls=context) as running:
        yield running


# --- the token --------------------------------------------------------------------------------


def test_token_given_positionally_is_sent_as_bearer(kind: str, server: FaultServer) -> None:
    run(open_client(kind, TOKEN, endpoint=server.url), get_deployment)
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_token_given_by_keyword_is_sent_as_bearer(kind: str, server: FaultServer) -> None:
    run(open_client(kind, token=TOKEN, endpoint=server.url), get_deployment)
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_token_none_is_read_from_digitalocean_token(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALOCEAN_TOKEN", "dop_v1_from_the_environment")
    run(open_client(kind, endpoint=server.url), get_deployment)
    assert server.seen[0].headers["authorization"] == "Bearer dop_v1_from_the_environment"


def test_token_given_wins_over_the_environment(kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGITALOCEAN_TOKEN", "dop_v1_from_the_environment")
    run(open_client(kind, TOKEN, endpoint=server.url), get_deployment)
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("environment", [None, ""])
def test_no_token_anywhere_is_a_value_error_naming_the_variable(
    cls: type[Client | AsyncClient], environment: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIGITALOCEAN_ACCESS_TOKEN", raising=False)
    if environment is None:
        monkeypatch.delenv("DIGITALOCEAN_TOKEN", raising=False)
    else:
        monkeypatch.setenv("DIGITALOCEAN_TOKEN", environment)
    with pytest.raises(ValueError, match="DIGITALOCEAN_TOKEN or DIGITALOCEAN_ACCESS_TOKEN"):
        cls()


@pytest.mark.parametrize("digitalocean_token", [None, "", "  "])
def test_token_none_is_read_from_doctls_access_token_after_digitalocean_token(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch, digitalocean_token: str | None
) -> None:
    if digitalocean_token is None:
        monkeypatch.delenv("DIGITALOCEAN_TOKEN", raising=False)
    else:
        monkeypatch.setenv("DIGITALOCEAN_TOKEN", digitalocean_token)
    monkeypatch.setenv("DIGITALOCEAN_ACCESS_TOKEN", "dop_v1_doctls_name")
    run(open_client(kind, endpoint=server.url), get_deployment)
    assert server.seen[0].headers["authorization"] == "Bearer dop_v1_doctls_name"


def test_digitalocean_token_wins_over_the_access_token(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALOCEAN_TOKEN", "dop_v1_pydos_name")
    monkeypatch.setenv("DIGITALOCEAN_ACCESS_TOKEN", "dop_v1_doctls_name")
    run(open_client(kind, endpoint=server.url), get_deployment)
    assert server.seen[0].headers["authorization"] == "Bearer dop_v1_pydos_name"


def test_endpoint_none_is_read_from_digitalocean_endpoint(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALOCEAN_ENDPOINT", server.url)
    run(open_client(kind, TOKEN), get_deployment)
    assert len(server.seen) == 1


@pytest.mark.parametrize("cls", CLASSES)
def test_endpoint_given_wins_over_the_environment(
    cls: type[Client | AsyncClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALOCEAN_ENDPOINT", "http://127.0.0.1:9")
    assert "api.example.com" in repr(cls(TOKEN, endpoint="https://api.example.com"))


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("blank", ["", " "])
def test_a_blank_digitalocean_endpoint_means_the_api(
    cls: type[Client | AsyncClient], blank: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALOCEAN_ENDPOINT", blank)
    assert "https://api.digitalocean.com" in repr(cls(TOKEN))


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("value", ["http://example.com", "ftp://example.com", "https://user:pw@example.com"])
def test_a_refused_digitalocean_endpoint_is_a_value_error_naming_the_variable(
    cls: type[Client | AsyncClient], value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALOCEAN_ENDPOINT", value)
    with pytest.raises(ValueError, match=r"^DIGITALOCEAN_ENDPOINT: endpoint") as raised:
        cls(TOKEN)
    assert "pw" not in str(raised.value)


BAD_TOKENS = [
    pytest.param(TOKEN + "\n", id="trailing-newline"),
    pytest.param(TOKEN + "\r\n", id="trailing-crlf"),
    pytest.param(" " + TOKEN, id="leading-space"),
    pytest.param(TOKEN[:20] + " " + TOKEN[20:], id="inner-space"),
    pytest.param(TOKEN[:20] + "\n" + TOKEN[20:], id="inner-newline"),
    pytest.param(TOKEN + "\t", id="tab"),
    pytest.param(TOKEN + "\x00", id="nul"),
]


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("token", BAD_TOKENS)
def test_token_with_whitespace_is_a_value_error_that_does_not_repeat_it(
    cls: type[Client | AsyncClient], token: str
) -> None:
    with pytest.raises(ValueError, match="token") as raised:
        cls(token)
    text = f"{raised.value!s} {raised.value!r}"
    for part in token.split():
        assert part.strip("\x00")[:12] not in text


@pytest.mark.parametrize("cls", CLASSES)
def test_token_with_a_newline_from_the_environment_is_refused_without_repeating_it(
    cls: type[Client | AsyncClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGITALOCEAN_TOKEN", TOKEN + "\n")
    with pytest.raises(ValueError, match="token") as raised:
        cls()
    assert TOKEN[:12] not in f"{raised.value!s} {raised.value!r}"


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(("token", "error"), [("", ValueError), ("   ", ValueError), (12345, TypeError)])
def test_empty_or_non_string_token_is_refused(
    cls: type[Client | AsyncClient], token: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="token"):
        cls(token)


# --- the endpoint -----------------------------------------------------------------------------

NOT_LOOPBACK_HTTP = [
    "http://api.example.invalid",
    "http://api.digitalocean.com",
    "HTTP://api.digitalocean.com/",
    "http://10.0.0.1:8080",
    "http://169.254.169.254",
    "http://0.0.0.0:8080",
    "http://[::2]:8080",
    "http://127.0.0.1.nip.io",
    "http://localhost.example.com",
]


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("endpoint", NOT_LOOPBACK_HTTP)
@pytest.mark.usefixtures("no_network")
def test_plain_http_to_a_host_that_is_not_loopback_is_refused_before_any_lookup(
    cls: type[Client | AsyncClient], endpoint: str
) -> None:
    with pytest.raises(ValueError, match="http"):
        cls(TOKEN, endpoint=endpoint)


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    "endpoint",
    ["http://127.0.0.1", "http://127.0.0.53", "http://127.0.0.1:8080", "http://localhost", "http://[::1]:4010"],
)
@pytest.mark.usefixtures("no_network")
def test_plain_http_to_loopback_is_allowed(cls: type[Client | AsyncClient], endpoint: str) -> None:
    close(cls(TOKEN, endpoint=endpoint))


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    "endpoint", ["https://api.digitalocean.com", "https://api.example.invalid", "https://10.0.0.1:8443/do"]
)
@pytest.mark.usefixtures("no_network")
def test_https_is_allowed_to_any_host_at_construction(cls: type[Client | AsyncClient], endpoint: str) -> None:
    close(cls(TOKEN, endpoint=endpoint))


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    "endpoint",
    [
        "api.digitalocean.com",
        "ftp://api.digitalocean.com",
        "https://",
        "https://api.digitalocean.com/?page=2",
        "https://api.digitalocean.com/#top",
        "https://user:secret@api.digitalocean.com",
    ],
)
def test_an_endpoint_that_is_not_a_plain_base_url_is_refused(cls: type[Client | AsyncClient], endpoint: str) -> None:
    with pytest.raises(ValueError, match="endpoint"):
        cls(TOKEN, endpoint=endpoint)


@pytest.mark.parametrize("suffix", ["/proxy/do", "/proxy/do/"])
def test_endpoint_with_a_path_prefix_sends_under_it(kind: str, server: FaultServer, suffix: str) -> None:
    run(open_client(kind, TOKEN, endpoint=server.url + suffix), get_deployment)
    assert server.seen[0].path == "/proxy/do/v2/apps/a1/deployments/d1"


# --- timeout and retry settings ---------------------------------------------------------------


def test_a_timeout_in_seconds_bounds_a_stalled_server(kind: str, server: FaultServer) -> None:
    server.queue(stall(30))
    client = open_client(kind, TOKEN, endpoint=server.url, timeout=0.3)
    started = time.monotonic()
    with pytest.raises(ServiceResponseError):
        run(client, restart)
    assert time.monotonic() - started < 3


def test_an_httpx_timeout_is_accepted_and_bounds_a_stalled_server(kind: str, server: FaultServer) -> None:
    server.queue(stall(30))
    client = open_client(kind, TOKEN, endpoint=server.url, timeout=httpx.Timeout(10.0, read=0.3))
    started = time.monotonic()
    with pytest.raises(ServiceResponseError):
        run(client, restart)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    ("timeout", "error"),
    [
        (0, ValueError),
        (-1, ValueError),
        (math.nan, ValueError),
        (math.inf, ValueError),
        (1e10, ValueError),
        (httpx.Timeout(5.0, read=1e10), ValueError),
        ("5", TypeError),
        (None, TypeError),
        (True, TypeError),
    ],
)
def test_bad_timeout_is_refused(cls: type[Client | AsyncClient], timeout: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout"):
        cls(TOKEN, timeout=timeout)


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    "setting",
    [
        {"retry_total": -1},
        {"retry_total": 1000},
        {"retry_backoff_factor": -0.5},
        {"retry_backoff_factor": math.nan},
        {"retry_backoff_max": -1},
        {"retry_backoff_max": math.nan},
        {"retry_backoff_max": 1e10},
    ],
    ids=lambda setting: "{}={!r}".format(*next(iter(setting.items()))),
)
def test_bad_retry_setting_is_a_value_error(cls: type[Client | AsyncClient], setting: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="retry_"):
        cls(TOKEN, **setting)


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize(
    "setting",
    [
        {"retry_total": 1.5},
        {"retry_total": "3"},
        {"retry_total": True},
        {"retry_total": None},
        {"retry_backoff_factor": "1"},
        {"retry_backoff_max": None},
    ],
    ids=lambda setting: "{}={!r}".format(*next(iter(setting.items()))),
)
def test_retry_setting_of_the_wrong_type_is_a_type_error(
    cls: type[Client | AsyncClient], setting: dict[str, Any]
) -> None:
    with pytest.raises(TypeError, match="retry_"):
        cls(TOKEN, **setting)


# --- TLS --------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", CLASSES)
def test_connection_verify_naming_a_missing_file_is_a_value_error(cls: type[Client | AsyncClient]) -> None:
    with pytest.raises(ValueError, match="connection_verify"):
        cls(TOKEN, connection_verify="/nonexistent/ca-bundle.pem")


@pytest.mark.parametrize("as_type", [str, Path])
def test_connection_verify_with_a_ca_bundle_path_trusts_that_ca(
    kind: str, tls_server: FaultServer, ca_path: Path, as_type: Callable[[Path], Any]
) -> None:
    client = open_client(kind, TOKEN, endpoint=tls_server.url, connection_verify=as_type(ca_path))
    assert run(client, get_deployment) == {"deployment": {"id": "d", "phase": "ACTIVE"}}
    assert tls_server.seen[0].path == "/v2/apps/a1/deployments/d1"


def test_default_verification_refuses_a_certificate_from_an_unknown_ca(kind: str, tls_server: FaultServer) -> None:
    with pytest.raises(ServiceRequestError, match="certificate"):
        run(open_client(kind, TOKEN, endpoint=tls_server.url), get_deployment)
    assert tls_server.seen == []


def test_connection_verify_false_talks_to_any_certificate(kind: str, tls_server: FaultServer) -> None:
    run(open_client(kind, TOKEN, endpoint=tls_server.url, connection_verify=False), get_deployment)
    assert len(tls_server.seen) == 1


# --- http_client ------------------------------------------------------------------------------


def recording_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ACTIVE)

    return httpx.MockTransport(handler)


def test_a_callers_http_client_carries_the_requests() -> None:
    seen: list[httpx.Request] = []
    with httpx.Client(transport=recording_transport(seen)) as http_client, Client(TOKEN, http_client=http_client) as c:
        assert c.apps.get_deployment("a1", "d1") == ACTIVE
    assert [str(request.url) for request in seen] == ["https://api.digitalocean.com/v2/apps/a1/deployments/d1"]
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"


async def test_a_callers_async_http_client_carries_the_requests() -> None:
    seen: list[httpx.Request] = []
    http_client = httpx.AsyncClient(transport=recording_transport(seen))
    async with http_client, AsyncClient(TOKEN, http_client=http_client) as client:
        assert await client.apps.get_deployment("a1", "d1") == ACTIVE
    assert [str(request.url) for request in seen] == ["https://api.digitalocean.com/v2/apps/a1/deployments/d1"]
    assert seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_closing_the_client_leaves_a_callers_http_client_open() -> None:
    seen: list[httpx.Request] = []
    with httpx.Client(transport=recording_transport(seen)) as http_client:
        with Client(TOKEN, http_client=http_client) as client:
            client.apps.get_deployment("a1", "d1")
        client.close()
        assert not http_client.is_closed
        assert http_client.get("https://api.digitalocean.com/v2/apps/a1/deployments/d1").status_code == 200


async def test_closing_the_async_client_leaves_a_callers_http_client_open() -> None:
    seen: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=recording_transport(seen)) as http_client:
        async with AsyncClient(TOKEN, http_client=http_client) as client:
            await client.apps.get_deployment("a1", "d1")
        await client.aclose()
        assert not http_client.is_closed
        assert (await http_client.get("https://api.digitalocean.com/v2/apps/a1")).status_code == 200


@pytest.mark.parametrize(
    ("cls", "http_client"),
    [
        (Client, httpx.AsyncClient),
        (Client, object),
        (AsyncClient, httpx.Client),
        (AsyncClient, str),
    ],
)
def test_wrong_http_client_type_is_a_type_error(
    cls: type[Client | AsyncClient], http_client: Callable[[], Any]
) -> None:
    with pytest.raises(TypeError, match="http_client"):
        cls(TOKEN, http_client=http_client())


# --- user agent -------------------------------------------------------------------------------


def test_user_agent_is_appended_to_pydo_facade_and_version(kind: str, server: FaultServer) -> None:
    run(open_client(kind, TOKEN, endpoint=server.url, user_agent="deploy-bot/2.0"), get_deployment)
    assert server.seen[0].headers["user-agent"] == f"pydo-facade/{__version__} deploy-bot/2.0"


@pytest.mark.parametrize("cls", CLASSES)
def test_user_agent_with_a_newline_is_refused(cls: type[Client | AsyncClient]) -> None:
    with pytest.raises(ValueError, match="user_agent"):
        cls(TOKEN, user_agent="bot/1.0\r\nX-Injected: yes")


# --- the connection pool and closing ----------------------------------------------------------


def test_one_connection_is_reused_across_calls(kind: str, server: FaultServer) -> None:
    run(open_client(kind, TOKEN, endpoint=server.url), get_deployment, get_deployment, get_deployment)
    assert len(server.seen) == 3
    assert server.connections == 1


def test_with_client_closes_its_pool(server: FaultServer) -> None:
    with Client(TOKEN, endpoint=server.url) as client:
        client.apps.get_deployment("a1", "d1")
        assert server.closed_by_client == 0
    assert server.wait_closed_by_client(1)


async def test_async_with_async_client_closes_its_pool_and_aiohttp_session(server: FaultServer) -> None:
    async with AsyncClient(TOKEN, endpoint=server.url) as client:
        await client.apps.get_deployment("a1", "d1")
        session = client._transport.pool.client  # type: ignore[union-attr]
        assert not session.closed
    assert session.closed
    assert server.wait_closed_by_client(1)


# --- the async transports ---------------------------------------------------------------------


def test_aio_client_is_async_client() -> None:
    from pydo_facade.aio import Client as AioClient

    assert AioClient is AsyncClient


def test_async_client_uses_httpx_aiohttp_when_installed() -> None:
    client = AsyncClient(TOKEN)
    try:
        assert client._transport.new_pool is not None
        assert isinstance(client._transport.new_pool(), AiohttpTransport)
    finally:
        close(client)


async def test_async_client_uses_httpx_transport_of_a_callers_http_client() -> None:
    async with httpx.AsyncClient() as http_client:
        client = AsyncClient(TOKEN, http_client=http_client)
        assert client._transport.client is http_client
        assert client._transport.new_pool is None


async def test_async_client_without_httpx_aiohttp_works_on_httpx_transport(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)
    async with AsyncClient(TOKEN, endpoint=server.url) as client:
        assert await client.apps.get_deployment("a1", "d1") == {"deployment": {"id": "d", "phase": "ACTIVE"}}
        assert type(client._transport.pool) is httpx.AsyncHTTPTransport
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


# --- import cost ------------------------------------------------------------------------------


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has imported after running `code`."""
    program = f"import sys, json\nsys.path.insert(0, {str(TESTS)!r})\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_pydo_facade_imports_no_models_no_aiohttp_no_asyncio() -> None:
    modules = modules_after("import pydo_facade")
    assert "pydo_facade" in modules
    assert not {m for m in modules if m.startswith("pydo_generated.models")}
    assert not {m for m in modules if m.split(".")[0] in {"aiohttp", "httpx_aiohttp"}}
    # httpx itself does not import asyncio (checked: `import httpx` leaves it out), so this is the facade's doing.
    assert "asyncio" not in modules


def test_a_sync_call_does_not_import_asyncio_or_aiohttp() -> None:
    code = (
        "from fault_server import FaultServer\n"
        "from pydo_facade import Client\n"
        "with FaultServer() as server, Client('t', endpoint=server.url) as client:\n"
        "    client.apps.get_deployment('a1', 'd1')\n"
    )
    modules = modules_after(code)
    assert "pydo_generated.api.apps.apps_get_deployment" in modules
    assert "asyncio" not in modules
    assert not {m for m in modules if m.split(".")[0] in {"aiohttp", "httpx_aiohttp"}}


def test_a_plain_http_endpoint_never_goes_through_the_environment_proxy(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The token would cross the proxy in clear (tests/test_proxies.py covers https through CONNECT).
    with FaultServer() as proxy:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy.url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        run(open_client(kind, TOKEN, endpoint=server.url), get_deployment)
        assert proxy.seen == []
        assert len(server.seen) == 1


def test_no_proxy_keeps_the_endpoint_direct(kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with FaultServer() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        call(kind, server.url, "get_deployment", "a1", "d1")
        assert proxy.seen == []
        assert len(server.seen) == 1
