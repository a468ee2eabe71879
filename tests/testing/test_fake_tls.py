"""FakeDigitalOcean(tls=True): https with a throwaway CA for this client, pydo 0.44 and curl; only on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from pydo_facade import Client
from pydo_facade.exceptions import ServiceRequestError
from pydo_facade.testing import FakeDigitalOcean


@pytest.fixture(scope="module")
def tls_fake() -> Iterator[FakeDigitalOcean]:
    with FakeDigitalOcean(tls=True) as fake:
        yield fake


def port_of(fake: FakeDigitalOcean) -> int:
    port = urlsplit(fake.url).port
    assert port is not None
    return port


# -- the certificate and its CA ------------------------------------------------------------------------


def test_url_is_https_on_a_loopback_port(tls_fake: FakeDigitalOcean) -> None:
    assert tls_fake.url == f"https://127.0.0.1:{port_of(tls_fake)}"


def test_ca_bundle_is_a_pem_file_of_one_ca_certificate(tls_fake: FakeDigitalOcean) -> None:
    text = Path(tls_fake.ca_bundle).read_text()
    assert text.count("-----BEGIN CERTIFICATE-----") == 1
    assert "PRIVATE KEY" not in text


def test_the_ca_is_new_for_each_fake_and_its_folder_goes_at_stop() -> None:
    with FakeDigitalOcean(tls=True) as first, FakeDigitalOcean(tls=True) as second:
        bundles = [Path(first.ca_bundle), Path(second.ca_bundle)]
        assert bundles[0].read_bytes() != bundles[1].read_bytes()
    assert not any(bundle.parent.exists() for bundle in bundles)


def test_ca_bundle_of_a_plain_http_fake_raises_runtime_error(fake: FakeDigitalOcean) -> None:
    with pytest.raises(RuntimeError, match=r"serves plain http: create it with FakeDigitalOcean\(tls=True\)"):
        _ = fake.ca_bundle


def test_ca_bundle_before_start_raises_runtime_error() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = FakeDigitalOcean(tls=True).ca_bundle


@pytest.mark.parametrize("tls", [1, "yes", None])
def test_tls_that_is_not_a_bool_raises_type_error(tls: object) -> None:
    with pytest.raises(TypeError, match=r"tls must be True or False"):
        FakeDigitalOcean(tls=tls)  # type: ignore[arg-type]


def test_the_certificate_is_for_127_0_0_1_and_signed_by_the_bundle(tls_fake: FakeDigitalOcean) -> None:
    context = ssl.create_default_context(cafile=tls_fake.ca_bundle)
    with (
        socket.create_connection(("127.0.0.1", port_of(tls_fake)), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        names = [value for kind, value in tls.getpeercert()["subjectAltName"] if kind == "IP Address"]
    assert names == ["127.0.0.1"]


# -- clients -------------------------------------------------------------------------------------------


def test_the_facade_works_with_connection_verify_set_to_the_bundle(tls_fake: FakeDigitalOcean) -> None:
    app = tls_fake.add_app(components=["web"])
    with Client(tls_fake.token, endpoint=tls_fake.url, connection_verify=tls_fake.ca_bundle) as client:
        assert "account" in client.account.get()
        assert "droplets" in client.droplets.list()
        deployment = client.apps.restart(app["id"])
        final = client.apps.wait_for_deployment(app["id"], deployment, poll_interval=0)
    assert final["phase"] == "ACTIVE"


def test_the_facade_without_the_bundle_refuses_the_certificate(tls_fake: FakeDigitalOcean) -> None:
    with (
        Client(tls_fake.token, endpoint=tls_fake.url, retry_total=0) as client,
        pytest.raises(ServiceRequestError, match=r"(?i)certificate"),
    ):
        client.account.get()


def test_pydo_0_44_works_unchanged_against_it(tls_fake: FakeDigitalOcean) -> None:
    pydo = pytest.importorskip("pydo")
    client = pydo.Client(tls_fake.token, endpoint=tls_fake.url, connection_verify=tls_fake.ca_bundle)
    assert "account" in client.account.get()
    assert "droplets" in client.droplets.list()
    assert "sizes" in client.sizes.list()
    assert "regions" in client.regions.list()
    assert "ssh_keys" in client.ssh_keys.list()
    app = tls_fake.add_app(components=["web", "worker"])
    started = client.apps.restart(app["id"], body={"components": ["worker"]})
    assert started["deployment"]["phase"] == "PENDING_DEPLOY"
    polled = client.apps.get_deployment(app["id"], started["deployment"]["id"])
    assert polled["deployment"]["phase"] == "DEPLOYING"


def test_curl_with_cacert_works(tls_fake: FakeDigitalOcean) -> None:
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed on this machine")
    auth = f"Authorization: Bearer {tls_fake.token}"
    done = subprocess.run(
        [curl, "-sS", "--fail", "--cacert", tls_fake.ca_bundle, "-H", auth, f"{tls_fake.url}/v2/account"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert '"account"' in done.stdout


def test_plain_http_to_the_tls_port_gets_no_answer(tls_fake: FakeDigitalOcean) -> None:
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{port_of(tls_fake)}/v2/account", timeout=5)
    with Client(tls_fake.token, endpoint=tls_fake.url, connection_verify=tls_fake.ca_bundle) as client:
        assert "account" in client.account.get()  # and it still serves


def test_a_client_that_never_finishes_its_handshake_holds_up_no_one(tls_fake: FakeDigitalOcean) -> None:
    with socket.create_connection(("127.0.0.1", port_of(tls_fake)), timeout=5):
        started = time.monotonic()
        response = httpx.get(
            f"{tls_fake.url}/v2/account",
            headers={"Authorization": f"Bearer {tls_fake.token}"},
            verify=ssl.create_default_context(cafile=tls_fake.ca_bundle),
            timeout=5,
        )
        assert response.status_code == 200
        assert time.monotonic() - started < 3


def test_the_tls_fixture_yields_a_started_https_fake(fake_digitalocean_tls: FakeDigitalOcean) -> None:
    assert fake_digitalocean_tls.url.startswith("https://127.0.0.1:")
    assert Path(fake_digitalocean_tls.ca_bundle).is_file()


# -- loopback only -------------------------------------------------------------------------------------


def _other_local_addresses() -> list[str]:
    """Addresses of this machine the fake must not answer on: other loopback ones, and the outbound interface's."""
    addresses = ["127.0.0.2"]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the route's source address
            outbound = probe.getsockname()[0]
        except OSError:
            outbound = None
    if outbound and outbound != "127.0.0.1":
        addresses.append(outbound)
    return addresses


def _accepts(family: socket.AddressFamily, address: tuple[str, int]) -> bool:
    """Whether a TCP connection to address is accepted (refused, unreachable or timed out: False)."""
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        try:
            probe.connect(address)
        except OSError:
            return False
        return True


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_the_fake_listens_on_127_0_0_1_only(tls: bool) -> None:
    with FakeDigitalOcean(tls=tls) as fake:
        port = port_of(fake)
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        for address in _other_local_addresses():
            assert not _accepts(socket.AF_INET, (address, port)), f"the fake answered on {address}:{port}"
        if socket.has_ipv6:
            assert not _accepts(socket.AF_INET6, ("::1", port)), f"the fake answered on [::1]:{port}"
