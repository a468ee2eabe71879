"""The pytest plugin of pydo-facade: ``fake_digitalocean`` and ``fake_digitalocean_tls`` (the pytest11 entry point).

pytest loads it in every run where pydo-facade is installed, so it imports the fake (and the testing extra it
needs) only when a test asks for a fixture: without the extra, other tests run as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pydo_facade.testing import FakeDigitalOcean

__all__ = ["fake_digitalocean", "fake_digitalocean_tls"]


@pytest.fixture
def fake_digitalocean() -> Iterator[FakeDigitalOcean]:
    """A started :class:`~pydo_facade.testing.FakeDigitalOcean`, fresh for each test, stopped after it.

    Installed with pydo-facade, pytest finds it by itself (disable with ``-p no:pydo_facade``). Its token
    is ``fake_digitalocean.token`` (``"test-token"``) and its base URL ``fake_digitalocean.url``.

    Example:
        >>> def test_restart_finishes(fake_digitalocean):
        ...     app = fake_digitalocean.add_app(components=["web"])
        ...     client = Client(fake_digitalocean.token, endpoint=fake_digitalocean.url)
        ...     deployment = client.apps.restart(app["id"])
        ...     final = client.apps.wait_for_deployment(app["id"], deployment, poll_interval=0)
        ...     assert final["phase"] == "ACTIVE"
    """
    from pydo_facade.testing import FakeDigitalOcean

    with FakeDigitalOcean() as fake:
        yield fake


@pytest.fixture
def fake_digitalocean_tls() -> Iterator[FakeDigitalOcean]:
    """Like ``fake_digitalocean``, serving https: ``url`` is ``https://127.0.0.1:PORT``, ``ca_bundle`` its CA's PEM.

    The CA is made for this test alone (nothing is kept on disk after it).

    Example:
        >>> def test_over_tls(fake_digitalocean_tls):
        ...     fake = fake_digitalocean_tls
        ...     client = Client(fake.token, endpoint=fake.url, connection_verify=fake.ca_bundle)
        ...     assert "sizes" in client.sizes.list()
    """
    from pydo_facade.testing import FakeDigitalOcean

    with FakeDigitalOcean(tls=True) as fake:
        yield fake
