"""The pytest plugin of pydo-facade: a ``fake_digitalocean`` fixture (registered through the pytest11 entry point)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pydo_facade.testing import FakeDigitalOcean

__all__ = ["fake_digitalocean"]


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
    with FakeDigitalOcean() as fake:
        yield fake
