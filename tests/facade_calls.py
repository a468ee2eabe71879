"""One way to drive every client kind in tests: build it, run one apps operation, close it."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from pydo_facade import AsyncClient, Client

TOKEN = "dop_v1_" + "5ecret" * 10
KINDS = ["sync", "async-aiohttp", "async-httpx"]


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
