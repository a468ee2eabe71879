"""Shared fixtures: the loopback fault server, the seed's response example, and the client kinds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from facade_calls import KINDS
from fault_server import FaultServer

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPEC = Path(__file__).resolve().parents[1] / "openapi" / "DigitalOcean-public.v2.yaml"


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


@pytest.fixture(scope="session")
def openapi_spec() -> dict[str, Any]:
    """The bundled DigitalOcean spec, parsed once (skips, naming `make spec`, when it is not there). Never mutate it."""
    if not SPEC.exists():
        pytest.skip("openapi/DigitalOcean-public.v2.yaml is missing: run `make spec`")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=loader)
    return spec
