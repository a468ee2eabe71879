"""The private seams of httpx, httpcore and aiohttp that pydo_facade._network relies on, pinned.

An upgrade that moves one of them fails here, by name, rather than silently losing the deadline, the
kept-alive checks or the no-resend rule (tests/test_hostile.py proves what each of them buys).
"""

from __future__ import annotations

import asyncio
import sys

import httpx

from pydo_facade import _network


def test_the_sync_pool_runs_on_the_deadline_keeping_backend() -> None:
    transport = _network.sync_pool(httpx.create_ssl_context(), None)
    try:
        assert isinstance(transport._pool._network_backend, _network._Backend)
    finally:
        transport.close()


def test_the_async_httpx_pool_runs_on_the_deadline_keeping_backend() -> None:
    saved = sys.modules.get("httpx_aiohttp")
    sys.modules["httpx_aiohttp"] = None  # type: ignore[assignment]  # the [aio] extra hidden
    try:
        transport = _network.async_pools(httpx.create_ssl_context(), None)()
    finally:
        if saved is None:
            del sys.modules["httpx_aiohttp"]
        else:
            sys.modules["httpx_aiohttp"] = saved
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    assert isinstance(transport._pool._network_backend, _network._AsyncBackend)


def test_the_aiohttp_session_never_resends_and_checks_kept_alive_connections() -> None:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport

    async def session_of_a_new_pool() -> aiohttp.ClientSession:
        transport = _network.async_pools(httpx.create_ssl_context(), None)()
        assert isinstance(transport, AiohttpTransport)
        session = transport.get_client()
        try:
            # aiohttp resends GET, PUT and DELETE by itself when a kept-alive connection drops; the
            # facade's retry rules decide instead (a PUT that deploys must not go out twice).
            assert session._retry_connection is False
            assert type(session.connector).__name__ == "CheckedConnector"
            assert session.trace_configs, "reuse is reported through aiohttp's tracing"
        finally:
            await session.close()
        return session

    asyncio.run(session_of_a_new_pool())
