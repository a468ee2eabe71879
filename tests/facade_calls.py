"""One way to drive every client kind in tests: build it, run one apps operation, close it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
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


def open_client(kind: str, *args: Any, **options: Any) -> Client | AsyncClient:
    """A client of this kind: sync, async over aiohttp, or async over httpx's own transport (aiohttp hidden).

    The arguments go to the constructor as given (pass the token yourself), with a short retry backoff.
    """
    options = {"retry_backoff_factor": 0.01, **options}
    if kind == "sync":
        return Client(*args, **options)
    if kind == "async-aiohttp":
        return AsyncClient(*args, **options)
    saved = sys.modules.get("httpx_aiohttp")
    sys.modules["httpx_aiohttp"] = None  # type: ignore[assignment]  # so `import httpx_aiohttp` fails
    try:
        return AsyncClient(*args, **options)
    finally:
        if saved is None:
            del sys.modules["httpx_aiohttp"]
        else:
            sys.modules["httpx_aiohttp"] = saved


def run(client: Client | AsyncClient, *uses: Callable[[Any], Any]) -> Any:
    """Call each use(client) in turn (awaited for an AsyncClient), then close the client; return the last result."""
    if isinstance(client, Client):
        with client:
            return [use(client) for use in uses][-1]

    async def main() -> Any:
        async with client:
            return [await use(client) for use in uses][-1]

    return asyncio.run(main())


def raised_by(run_it: Callable[[], Any]) -> Exception:
    """The exception run_it() raises, whatever its class (the test fails if nothing is raised)."""
    try:
        run_it()
    except Exception as error:
        return error
    raise AssertionError("nothing was raised")
