"""Shared fixtures: the loopback fault server, the seed's response example, and one way to call both clients."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fault_server import FaultServer

from pydo_facade import AsyncClient, Client

TOKEN = "dop_v1_" + "5ecret" * 10
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KINDS = ["sync", "async-aiohttp", "async-httpx"]


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


def call(
    kind: str, endpoint: str, operation: str, *args: Any, client_kwargs: dict[str, Any] | None = None, **kwargs: Any
) -> Any:
    """Build the client of this kind, run one apps operation, close the client; return or raise what it did."""
    options = {"retry_backoff_factor": 0.01, **(client_kwargs or {})}
    if kind == "sync":
        with Client(TOKEN, endpoint=endpoint, **options) as client:
            return getattr(client.apps, operation)(*args, **kwargs)

    async def run() -> Any:
        http_client = httpx.AsyncClient() if kind == "async-httpx" else None
        async with AsyncClient(TOKEN, endpoint=endpoint, http_client=http_client, **options) as client:
            try:
                return await getattr(client.apps, operation)(*args, **kwargs)
            finally:
                if http_client is not None:
                    await http_client.aclose()

    return asyncio.run(run())
