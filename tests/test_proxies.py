"""Environment proxies: an https endpoint is reached through HTTPS_PROXY by CONNECT only, a plain-http one never.

The proxy (tests/proxy_server.py) is a real loopback one that records what crosses it: through a CONNECT tunnel it
sees TLS records only, never an Authorization header or the token. A proxy setting the client cannot use is refused
when the client is built, naming the variable but never repeating its value (it may hold the proxy's password).
`kind` "async-httpx" is an AsyncClient over httpx's own transport, which it owns.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from facade_calls import TOKEN, open_client, raised_by, run
from fault_server import FaultServer
from httpx_aiohttp import HttpxAiohttpClient
from proxy_server import RecordingProxy

from pydo_facade import AsyncClient, Client

SECRET = TOKEN.removeprefix("dop_v1_")
FRAGMENTS = (TOKEN.encode(), SECRET[:12].encode(), SECRET[-12:].encode())
ACTIVE = {"deployment": {"id": "d", "phase": "ACTIVE"}}
PROXY_VARIABLES = ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "REQUEST_METHOD"]


def get_deployment(client: Any) -> Any:
    return client.apps.get_deployment("a1", "d1")


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start each test with no proxy variable set, in either case (the machine's own would change the outcome)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    with RecordingProxy() as running:
        yield running


@dataclass
class TlsEndpoint:
    """A TLS fault server with a certificate for 127.0.0.1, and the CA bundle that trusts it."""

    server: FaultServer
    ca_path: str

    def client(self, kind: str) -> Client | AsyncClient:
        return open_client(kind, TOKEN, endpoint=self.server.url, connection_verify=self.ca_path)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls(ca: trustme.CA, tmp_path: Path) -> Iterator[TlsEndpoint]:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with FaultServer(tls=context) as running:
        yield TlsEndpoint(running, str(path))


def target_of(server: FaultServer) -> str:
    return httpx.URL(server.url).netloc.decode()


# --- an https endpoint ------------------------------------------------------------------------


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"])
def test_an_https_endpoint_goes_through_the_environment_proxy_by_connect(
    kind: str, tls: TlsEndpoint, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    assert run(tls.client(kind), get_deployment) == ACTIVE
    assert [tunnel.target for tunnel in proxy.tunnels] == [target_of(tls.server)]
    assert proxy.forwarded == []
    assert tls.server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"  # it arrived, through the tunnel


def test_the_proxy_of_an_https_endpoint_never_sees_the_token(
    kind: str, tls: TlsEndpoint, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    run(tls.client(kind), get_deployment, lambda c: c.apps.restart("a1", body={"components": ["web"]}))
    crossed = proxy.everything_received()
    assert len(tls.server.seen) == 2
    assert len(proxy.tunnels[0].relayed) > 1000  # a TLS handshake and two exchanges did cross it
    assert b"authorization" not in crossed.lower()
    assert not [fragment for fragment in FRAGMENTS if fragment in crossed]
    assert b"/v2/apps" not in crossed  # nor the paths: everything past CONNECT is TLS


@pytest.mark.parametrize(
    "setting",
    [
        {"NO_PROXY": "127.0.0.1"},
        {"no_proxy": "127.0.0.1"},
        {"NO_PROXY": "api.example.com,127.0.0.1"},
        {"NO_PROXY": "*"},
    ],
    ids=lambda setting: "{}={}".format(*next(iter(setting.items()))),
)
def test_no_proxy_keeps_an_https_endpoint_direct(
    kind: str, tls: TlsEndpoint, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, setting: dict[str, str]
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    for name, hosts in setting.items():
        monkeypatch.setenv(name, hosts)
    assert run(tls.client(kind), get_deployment) == ACTIVE
    assert proxy.connections == 0
    assert len(tls.server.seen) == 1


# --- a plain-http endpoint --------------------------------------------------------------------


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
def test_a_plain_http_endpoint_never_touches_the_environment_proxy(
    kind: str, server: FaultServer, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    # Through a proxy the token would cross it in clear: a loopback fake is always reached directly.
    monkeypatch.setenv(variable, proxy.url)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    assert run(open_client(kind, TOKEN, endpoint=server.url), get_deployment) == ACTIVE
    assert proxy.connections == 0
    assert server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"


def lent_client(kind: str, *, trust_env: bool) -> httpx.Client | httpx.AsyncClient:
    """A caller's own http client of this kind: httpx's sync or async client, or httpx-aiohttp's."""
    if kind == "sync":
        return httpx.Client(trust_env=trust_env)
    if kind == "async-aiohttp":
        return HttpxAiohttpClient(trust_env=trust_env)
    return httpx.AsyncClient(trust_env=trust_env)


def call_through(kind: str, endpoint: str, http_client: httpx.Client | httpx.AsyncClient) -> Any:
    """get_deployment with a client of this kind over the caller's http_client; the http_client is closed after."""
    if isinstance(http_client, httpx.Client):
        with http_client, Client(TOKEN, endpoint=endpoint, http_client=http_client) as client:
            return get_deployment(client)

    async def main() -> Any:
        async with http_client, AsyncClient(TOKEN, endpoint=endpoint, http_client=http_client) as client:
            return await get_deployment(client)

    return asyncio.run(main())


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
def test_a_callers_http_client_trusting_the_environment_is_refused_for_a_plain_http_endpoint(
    kind: str, server: FaultServer, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, proxy.url)
    error = raised_by(lambda: call_through(kind, server.url, lent_client(kind, trust_env=True)))
    assert type(error) is ValueError
    assert "trust_env=False" in str(error)
    assert proxy.connections == 0
    assert server.seen == []


def test_a_callers_http_client_with_trust_env_false_is_accepted_and_goes_direct(
    kind: str, server: FaultServer, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert call_through(kind, server.url, lent_client(kind, trust_env=False)) == ACTIVE
    assert proxy.connections == 0
    assert len(server.seen) == 1


def test_a_callers_http_client_trusting_the_environment_is_accepted_when_no_proxy_applies(
    kind: str, server: FaultServer, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert call_through(kind, server.url, lent_client(kind, trust_env=True)) == ACTIVE
    assert proxy.connections == 0


# --- proxies the client cannot use ------------------------------------------------------------

UNUSABLE = {
    "socks5": "socks5://user:secret@127.0.0.1:1080",
    "socks5h": "socks5h://user:secret@127.0.0.1:1080",
    "socks4": "socks4://user:secret@127.0.0.1:1080",
    "ftp": "ftp://user:secret@proxy.example",
    "unclosed-ipv6-bracket": "http://user:secret@[::1",
    "port-not-a-number": "http://user:secret@[::1]:abc",
    "port-past-65535": "http://user:secret@proxy.example:99999",
    "port-zero": "http://user:secret@proxy.example:0",
    "space-in-host": "http://user:secret@proxy example:3128",
    "percent-in-host": "http://user:secret@%zz:3128",
    "no-host": "http://user:secret@",
}


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
@pytest.mark.parametrize("value", UNUSABLE.values(), ids=UNUSABLE.keys())
def test_an_unusable_proxy_is_refused_naming_the_variable_without_its_value(
    kind: str, monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    error = raised_by(lambda: open_client(kind, TOKEN, endpoint="https://api.digitalocean.com"))
    text = f"{error!s} {error!r}"
    assert type(error) is ValueError, text
    assert variable.upper() in text
    assert "secret" not in text
    assert value not in text


def test_an_unusable_https_proxy_does_not_stop_a_plain_http_endpoint(
    kind: str, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A plain-http endpoint never uses a proxy, so the setting is not read for it.
    monkeypatch.setenv("HTTPS_PROXY", UNUSABLE["socks5"])
    assert run(open_client(kind, TOKEN, endpoint=server.url), get_deployment) == ACTIVE
