"""The client side of the bench: the same work done by each client, in a fresh process per measurement.

    python bench/clients.py cold         SYNC_KIND
    python bench/clients.py warm         SYNC_KIND  CALLS WARMUP
    python bench/clients.py async        ASYNC_KIND CALLS CONCURRENCY WARMUP
    python bench/clients.py script       SYNC_KIND
    python bench/clients.py script-warm  SYNC_KIND  ROUNDS WARMUP_ROUNDS
    python bench/clients.py touch        TOUCH_KIND
    python bench/clients.py probe        KIND
    python bench/clients.py noop         -          (the bare interpreter, for the baseline)

SYNC_KIND: pydo | facade | httpx.  ASYNC_KIND: pydo | facade | httpx | httpx-aiohttp | aiohttp.
TOUCH_KIND: pydo | facade.
cold, warm and async make restarts; script and script-warm make the six calls of a typical script
(SCRIPT: account, a droplet page, an app, a volume deleted, a kubeconfig, a droplet created), each
checked; touch reaches every operation once without sending anything (see touch()).
The server's URL comes from BENCH_URL; every client trusts the test CA the way it does by default,
through the environment (SSL_CERT_FILE; REQUESTS_CA_BUNDLE for pydo's requests transport).
warm, script-warm and async print one JSON object on stdout; cold, script, touch and noop print
``peak_rss_kb N``, the process's own high-water mark (the parent times them); touch also prints
``operations N``. The parent cannot take peak RSS from wait4(): Linux carries the parent's own
high-water mark into a child across fork and exec.

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
VOLUME_ID = "7724db7c-e098-11e5-b522-000f53304e51"
CLUSTER_ID = "bd5f5959-5e1e-4205-a714-a914373942af"
# The spec's request example of droplets_create ("Single Droplet Create Request").
DROPLET = {
    "name": "example.com",
    "region": "nyc3",
    "size": "s-1vcpu-1gb",
    "image": "ubuntu-20-04-x64",
    "ssh_keys": [289794, "3b:16:e4:bf:8b:00:8b:b8:59:8c:a9:d3:f0:19:fa:45"],
    "backups": True,
    "ipv6": True,
    "monitoring": True,
    "tags": ["env:prod", "web"],
    "user_data": "#cloud-config\nruncmd:\n  - touch /test.txt\n",
    "vpc_uuid": "760e09ef-dc84-11e8-981e-3cfdfeaae000",
}
# The script's calls, in order, and what each must answer: a dict with that key, None (the 204) or the
# kubeconfig's YAML text.
SCRIPT = (
    ("account.get", "account"),
    ("droplets.list", "droplets"),
    ("apps.get", "app"),
    ("volumes.delete", None),
    ("kubernetes.get_kubeconfig", "yaml"),
    ("droplets.create", "droplet"),
)
PYDO_264 = object()
"""What pydo's get_kubeconfig answers here: it failed the known way (see make_script)."""


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


def make_script(kind: str, url: str) -> "tuple[list[Callable[[], Any]], Callable[[], None]]":
    """Build the client `kind`; return (the six calls of SCRIPT, in order, each as a script writes it; close).

    pydo's get_kubeconfig raises on the YAML answer (pydo #264: azure-core's ContentDecodePolicy raises
    DecodeError("Cannot deserialize content-type: application/yaml") once the whole answer is read,
    and the error does not carry it). Its call here catches exactly that failure and counts the call as
    made (it answers PYDO_264); any other outcome fails the bench.
    """
    if kind == "pydo":
        from azure.core.exceptions import DecodeError
        from pydo import Client as PydoClient

        pydo_client = PydoClient(token=TOKEN, endpoint=url)

        def pydo_kubeconfig() -> "Any":
            try:
                answer = pydo_client.kubernetes.get_kubeconfig(CLUSTER_ID)
            except DecodeError as error:
                if str(error) != "Cannot deserialize content-type: application/yaml":
                    raise
                return PYDO_264
            raise SystemExit(f"pydo's get_kubeconfig answered {answer!r:.80} instead of failing (pydo #264)")

        # Lambdas, not bound methods: each call looks up client.<group>.<method> as a script's line does.
        return [
            lambda: pydo_client.account.get(),  # noqa: PLW0108
            lambda: pydo_client.droplets.list(per_page=200, page=1),
            lambda: pydo_client.apps.get(APP_ID),
            lambda: pydo_client.volumes.delete(VOLUME_ID),
            pydo_kubeconfig,
            lambda: pydo_client.droplets.create(DROPLET),
        ], pydo_client.close
    if kind == "facade":
        from pydo_facade import Client as FacadeClient

        facade_client = FacadeClient(TOKEN, endpoint=url)
        return [
            lambda: facade_client.account.get(),  # noqa: PLW0108
            lambda: facade_client.droplets.list(per_page=200, page=1),
            lambda: facade_client.apps.get(APP_ID),
            lambda: facade_client.volumes.delete(VOLUME_ID),
            lambda: facade_client.kubernetes.get_kubeconfig(CLUSTER_ID),
            lambda: facade_client.droplets.create(DROPLET),
        ], facade_client.close
    if kind == "httpx":
        import httpx

        httpx_client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})

        def json_of(response: "httpx.Response") -> "Any":
            response.raise_for_status()
            return response.json()

        def empty(response: "httpx.Response") -> None:
            response.raise_for_status()
            if response.status_code != 204:
                raise SystemExit(f"volumes.delete answered {response.status_code}, not 204")

        def text_of(response: "httpx.Response") -> str:
            response.raise_for_status()
            return response.text

        # The query each library sends: droplets.list(per_page=200, page=1); get_kubeconfig's expiry_seconds=0.
        kubeconfig = f"/v2/kubernetes/clusters/{CLUSTER_ID}/kubeconfig"
        return [
            lambda: json_of(httpx_client.get("/v2/account")),
            lambda: json_of(httpx_client.get("/v2/droplets", params={"per_page": 200, "page": 1})),
            lambda: json_of(httpx_client.get(f"/v2/apps/{APP_ID}")),
            lambda: empty(httpx_client.delete(f"/v2/volumes/{VOLUME_ID}")),
            lambda: text_of(httpx_client.get(kubeconfig, params={"expiry_seconds": 0})),
            lambda: json_of(httpx_client.post("/v2/droplets", json=DROPLET)),
        ], httpx_client.close
    raise SystemExit(f"unknown sync client: {kind}")


def run_script(calls: "list[Callable[[], Any]]") -> None:
    """Make the six calls in order; fail loudly unless each answers what SCRIPT says."""
    for call, (name, expected) in zip(calls, SCRIPT, strict=True):
        value = call()
        if expected is None:
            ok = value is None
        elif expected == "yaml":
            ok = value is PYDO_264 or (isinstance(value, str) and value.startswith("apiVersion:"))
        else:
            ok = isinstance(value, dict) and expected in value
        if not ok:
            raise SystemExit(f"unexpected {name} result: {value!r:.200}")


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


def script(kind: str, url: str) -> None:
    """Import, build, the six calls of SCRIPT, close: the parent times the whole process."""
    calls, close = make_script(kind, url)
    run_script(calls)
    close()
    print_peak_rss()


def script_warm(kind: str, url: str, rounds: int, warmup: int) -> None:
    """`warmup` rounds of SCRIPT, then `rounds` timed rounds on the kept-alive connection."""
    import time

    calls, close = make_script(kind, url)
    for _ in range(warmup):
        run_script(calls)
    server_before = server_cpu_seconds()
    cpu_before = cpu_seconds()
    start = time.perf_counter()
    for _ in range(rounds):
        run_script(calls)
    wall = time.perf_counter() - start
    cpu = cpu_seconds() - cpu_before
    report(rounds * len(SCRIPT), wall, cpu, server_before, rounds=rounds)
    close()


def touch(kind: str, url: str) -> None:
    """Reach every operation once, sending nothing; print the peak RSS and how many operations.

    facade: every group attribute of the client (which imports its generated group module), then each
    Operation in that module's OPERATIONS: the bound method is looked up and the request built, as a
    call would build it, with `client._caller.build(operation, arguments, {})`: that imports the
    operation's generated request builder and runs it. The arguments are the ones the method would pass:
    a dummy value for each path parameter (1 for integers) and required query or header parameter, and
    the body ({} where the spec requires one, else None). The client is given an agent endpoint, which
    the agent operations need.
    pydo: import and construct pydo.Client (which imports every operation's code and builds every group),
    then every group attribute of the client and every public method of each group (the bound method
    is looked up). pydo cannot build a request without sending it, so it builds none.
    """
    count = 0
    if kind == "facade":
        import importlib

        from pydo_generated.groups import GROUPS

        from pydo_facade import Client as FacadeClient

        facade_client = FacadeClient(TOKEN, endpoint=url, agent_endpoint=url)
        for attribute, module in GROUPS.items():
            group = getattr(facade_client, attribute)
            for name, operation in importlib.import_module(f"pydo_generated.groups.{module}").OPERATIONS.items():
                getattr(group, name)
                arguments: dict[str, Any] = {
                    parameter: 1 if integer else "x" for parameter, integer in operation.path_parameters
                }
                arguments.update(dict.fromkeys(operation.required, "x"))
                if operation.body is not None:
                    arguments[operation.body] = {} if operation.body_required else None
                facade_client._caller.build(operation, arguments, {})
                count += 1
        facade_client.close()
    elif kind == "pydo":
        from pydo import Client as PydoClient

        pydo_client = PydoClient(token=TOKEN, endpoint=url)
        for attribute in dir(pydo_client):
            group = getattr(pydo_client, attribute)
            if attribute.startswith("_") or not type(group).__name__.endswith("Operations"):
                continue
            for name in dir(type(group)):
                if not name.startswith("_") and callable(getattr(group, name)):
                    count += 1
        pydo_client.close()
    else:
        raise SystemExit(f"unknown touch client: {kind}")
    print("operations", count)
    print_peak_rss()


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
    elif mode == "script":
        script(kind, url)
    elif mode == "script-warm":
        script_warm(kind, url, *counts)
    elif mode == "touch":
        touch(kind, url)
    elif mode == "probe":
        probe(kind)
    elif mode == "noop":
        print_peak_rss()
    else:
        raise SystemExit(f"unknown mode: {mode}")


if __name__ == "__main__":
    main(sys.argv)
