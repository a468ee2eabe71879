"""Fixtures for the FakeDigitalOcean tests: an httpx client on the fake, and the bundled spec's response schemas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_schemas import SpecResponses

from pydo_facade.testing import FakeDigitalOcean

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "DigitalOcean-public.v2.yaml"


@pytest.fixture
def fake(fake_digitalocean: FakeDigitalOcean) -> FakeDigitalOcean:
    """The plugin's fixture under a short name: a started fake, fresh for each test."""
    return fake_digitalocean


@pytest.fixture
def api(fake: FakeDigitalOcean) -> Iterator[httpx.Client]:
    """A raw httpx client on the fake, sending its token."""
    headers = {"Authorization": f"Bearer {fake.token}"}
    with httpx.Client(base_url=fake.url, headers=headers, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def spec_responses(openapi_spec: dict[str, Any]) -> SpecResponses:
    return SpecResponses(openapi_spec)
