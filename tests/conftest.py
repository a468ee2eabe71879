"""Shared fixtures: the loopback fault server, the seed's response example, and the client kinds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from facade_calls import KINDS
from fault_server import FaultServer

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture(scope="session")
def seed_response_bytes() -> bytes:
    """The response example of the seed (pydo's documentation of apps.restart), as bytes on the wire."""
    return (FIXTURES / "restart-response.json").read_bytes()


@pytest.fixture(scope="session")
def seed_response(seed_response_bytes: bytes) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(seed_response_bytes)
    return value


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> str:
    """Runs a test once per client: sync, async over aiohttp (the [aio] extra), async over httpx's transport."""
    return str(request.param)
