"""The client side of the bench: the same restart done by each client, in a fresh process per measurement.

    python bench/clients.py cold  SYNC_KIND
    python bench/clients.py warm  SYNC_KIND  CALLS WARMUP
    python bench/clients.py async ASYNC_KIND CALLS CONCURRENCY WARMUP
    python bench/clients.py probe KIND
    python bench/clients.py noop  -          (the bare interpreter, for the baseline)

SYNC_KIND: pydo | facade | httpx.  ASYNC_KIND: pydo | facade | httpx | httpx-aiohttp | aiohttp.
The server's URL comes from BENCH_URL; every client trusts the test CA the way it does by default,
through the environment (SSL_CERT_FILE; REQUESTS_CA_BUNDLE for pydo's requests transport).
warm and async print one JSON object on stdout; cold and noop print only ``peak_rss_kb N``, the
process's own high-water mark (the parent times them). The parent cannot take peak RSS from wait4():
Linux carries the parent's own high-water mark into a child across fork and exec.

Only ``os`` and ``sys`` (already loaded by the interpreter) are imported at the top, so a cold start
pays for the client's imports and nothing of the bench's.
"""

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from typing import Any

APP_ID = "4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf"
BODY = {"components": ["web"]}
TOKEN = "dop_v1_" + "0123456789abcdef" * 4
SYNC_KINDS = ("pydo", "facade", "httpx")
ASYNC_KINDS = ("pydo", "facade", "httpx", "httpx-aiohttp", "aiohttp")


def make_sync(kind: str, url: str) -> "tuple[Callable[[], Any], Callable[[], None]]":
    """Build the client `kind`; return (one restart, close)."""
    if kind == "pydo":
        from pydo import Client as PydoClient

        pydo_client = PydoClient(token=TOKEN, endpoint=url)
        return (lambda: pydo_client.apps.restart(app_id=APP_ID, body=BODY)), pydo_client.close
    if kind == "facade":
        from pydo_facade import Client as FacadeClient

        facade_client = FacadeClient(TOKEN, endpoint=url)
        return (lambda: facade_client.apps.restart(app_id=APP_ID, body=BODY)), facade_client.close
    if kind == "httpx":
        import httpx

        httpx_client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})
        path = f"/v2/apps/{APP_ID}/restart"

        def restart() -> "Any":
            response = httpx_client.post(path, json=BODY)
            response.raise_for_status()
            return response.json()

        return restart, httpx_client.close
    raise SystemExit(f"unknown sync client: {kind}")


async def make_async(kind: str, url: str) -> "tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]":
    """Build the async client `kind` inside the running loop; return (one restart, close)."""
    if kind == "pydo":
        from pydo.aio import Client as PydoAsyncClient

        pydo_client = PydoAsyncClient(token=TOKEN, endpoint=url)
        return (lambda: pydo_client.apps.restart(app_id=APP_ID, body=BODY)), pydo_client.close
    if kind == "facade":
        from pydo_facade import AsyncClient as FacadeAsyncClient

        facade_client = FacadeAsyncClient(TOKEN, endpoint=url)
        return (lambda: facade_client.apps.restart(app_id=APP_ID, body=BODY)), facade_client.aclose
    path = f"/v2/apps/{APP_ID}/restart"
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if kind in ("httpx", "httpx-aiohttp"):
        import httpx

        if kind == "httpx":
            httpx_client = httpx.AsyncClient(base_url=url, headers=headers)
        else:
            from httpx_aiohttp import HttpxAiohttpClient

            httpx_client = HttpxAiohttpClient(base_url=url, headers=headers)

        async def httpx_restart() -> "Any":
            response = await httpx_client.post(path, json=BODY)
            response.raise_for_status()
            return response.json()

        return httpx_restart, httpx_client.aclose
    if kind == "aiohttp":
        import aiohttp

        session = aiohttp.ClientSession(base_url=url, headers=headers)

        async def aiohttp_restart() -> "Any":
            async with session.post(path, json=BODY) as response:
                response.raise_for_status()
                return await response.json()

        return aiohttp_restart, session.close
    raise SystemExit(f"unknown async client: {kind}")


def check(result: "Any") -> None:
    """Fail loudly unless `result` is the restart's deployment."""
    if not isinstance(result, dict) or "deployment" not in result:
        raise SystemExit(f"unexpected restart result: {result!r:.200}")


def server_cpu_seconds() -> "float | None":
    """The bench server's user+system CPU seconds so far (Linux /proc), or None where unreadable."""
    pid = os.environ.get("BENCH_SERVER_PID")
    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds() -> float:
    """This process's user+system CPU seconds so far (getrusage)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def report(calls: int, wall: float, cpu: float, server_before: "float | None", **extra: "Any") -> None:
    """Print one measurement as JSON on stdout."""
    import json

    server_after = server_cpu_seconds()
    server = None if server_before is None or server_after is None else server_after - server_before
    figures = {
        "calls": calls,
        "wall_s": wall,
        "client_cpu_s": cpu,
        "client_cpu_us_per_call": cpu / calls * 1e6,
        "wall_us_per_call": wall / calls * 1e6,
        "calls_per_s": calls / wall,
        "server_cpu_s": server,
        "server_cpu_share": None if server is None else server / wall,
        **extra,
    }
    print(json.dumps(figures))


def print_peak_rss() -> None:
    """Print this process's peak RSS (VmHWM from /proc/self/status), when the system has it."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    print("peak_rss_kb", line.split()[1])
                    return
    except OSError:
        return


def cold(kind: str, url: str) -> None:
    """Import, build, one restart, close: the parent times the whole process."""
    restart, close = make_sync(kind, url)
    check(restart())
    close()
    print_peak_rss()


def warm(kind: str, url: str, calls: int, warmup: int) -> None:
    """`warmup` restarts, then `calls` timed sequential restarts on the kept-alive connection."""
    import time

    restart, close = make_sync(kind, url)
    for _ in range(warmup):
        check(restart())
    server_before = server_cpu_seconds()
    cpu_before = cpu_seconds()
    start = time.perf_counter()
    for _ in range(calls):
        result = restart()
    wall = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_before
    check(result)
    report(calls, wall, cpu, server_before)
    close()


async def run_async(kind: str, url: str, calls: int, concurrency: int, warmup: int) -> None:
    """`warmup` then `calls` restarts, `concurrency` in flight at a time, on one client."""
    import asyncio
    import time

    restart, close = await make_async(kind, url)

    async def worker(count: int) -> None:
        for _ in range(count):
            check(await restart())

    async def burst(total: int) -> None:
        share, extra = divmod(total, concurrency)
        await asyncio.gather(*(worker(share + (i < extra)) for i in range(concurrency)))

    await burst(warmup)
    server_before = server_cpu_seconds()
    cpu_before = cpu_seconds()
    start = time.perf_counter()
    await burst(calls)
    wall = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_before
    report(calls, wall, cpu, server_before, concurrency=concurrency)
    await close()


def probe(kind: str) -> None:
    """Exit 0 when `kind` can be imported in this interpreter (the parent skips it otherwise)."""
    needs = {
        "pydo": [("pydo", "Client"), ("pydo.aio", "Client")],
        "facade": [("pydo_facade", "Client"), ("pydo_facade", "AsyncClient")],
        "httpx": [("httpx", "AsyncClient")],
        "httpx-aiohttp": [("httpx_aiohttp", "HttpxAiohttpClient")],
        "aiohttp": [("aiohttp", "ClientSession")],
    }
    for module, name in needs[kind]:
        getattr(__import__(module, fromlist=[name]), name)


def main(argv: "list[str]") -> None:
    """Dispatch on the mode named in argv[1]."""
    url = os.environ.get("BENCH_URL", "")
    mode, kind, *numbers = argv[1:]
    counts = [int(n) for n in numbers]
    if mode == "cold":
        cold(kind, url)
    elif mode == "warm":
        warm(kind, url, *counts)
    elif mode == "async":
        import asyncio

        asyncio.run(run_async(kind, url, *counts))
    elif mode == "probe":
        probe(kind)
    elif mode == "noop":
        print_peak_rss()
    else:
        raise SystemExit(f"unknown mode: {mode}")


if __name__ == "__main__":
    main(sys.argv)
