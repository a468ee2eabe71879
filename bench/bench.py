"""`make bench`: the facade against pydo 0.44.0 and raw httpx, side by side, on a loopback TLS server.

The orchestrator runs from the project venv (it needs trustme); every client runs in the bench-only venv
(--python: pydo 0.44.0, the facade editable, httpx; one interpreter, no dev tools). The clients take
turns, and the order rotates every round (A B C, B C A, C A B, ...; see `turns`), so that the machine's
drift, and whatever a run inherits from the one before it, hits all of them alike:

1. cold start: a fresh process imports the client, builds it, restarts once and exits; wall time from
   spawn to reaped, and the child's own peak RSS (VmHWM); the median of `cold_runs`;
2. warm: one process, `warm_warmup` restarts, then `warm_calls` sequential restarts on the kept-alive
   connection; the client process's CPU (getrusage) and wall per call; the median of `warm_rounds`;
3. async: `async_calls` restarts with `async_concurrency` in flight after a warm-up burst; calls per
   second and client CPU per call; the median of `async_rounds`;
4. imports: the `python -X importtime` total of a cold start, less the bare interpreter's (modules
   imported through importlib.import_module, as the facade's lazy groups are, are not in its count);
5. script cold start: a fresh process imports the client, builds it, makes the six calls of a typical
   script (account.get(), droplets.list(per_page=200, page=1), apps.get(id), volumes.delete(id): a
   204, kubernetes.get_kubeconfig(id): YAML text, droplets.create({...}): a 202; raw httpx sends the
   same six requests by hand on one httpx.Client), checks every answer and exits; wall from spawn to
   reaped and peak RSS; the median of `script_cold_runs`. pydo's get_kubeconfig raises DecodeError on
   the YAML answer (pydo #264): its script catches exactly that failure and counts the call as made;
6. script warm: one process, `script_warmup` rounds of the six calls, then `script_rounds` timed
   rounds; client CPU (getrusage) and wall per call (a round is six calls); the median of
   `script_warm_rounds`;
7. touch every operation: a fresh process reaches every operation once, sending nothing; its peak
   RSS (and wall) from spawn to reaped, the median of `touch_runs`. "Touch" means, for the facade:
   every group attribute of the client, then for each Operation in that group module's OPERATIONS
   the bound method looked up and the request built with `client._caller.build(operation, arguments,
   {})` (the operation's generated builder imported and run; dummy path values, required parameters
   and the body the method would pass); for pydo: import and construct pydo.Client (which imports all
   of its operations and builds every group), then every group attribute and every public method of
   each group looked up (pydo cannot build a request without sending it). Raw httpx has no
   operations to touch.

Every child runs with bytecode caching on (a bench-only PYTHONPYCACHEPREFIX, filled before timing) and
trusts the run's CA through the environment, as each client does by default. The table carries the
issue's target ratios with PASS/MISS, whether the server or other processes could have skewed it, and
the raw numbers go as JSON to bench/results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

BENCH = Path(__file__).resolve().parent
T = TypeVar("T")
CLIENTS = BENCH / "clients.py"
SERVER = BENCH / "server.py"
RESPONSE = BENCH / "restart_response.json"
EXAMPLES = BENCH / "script_responses.json"  # written from the spec by bench/script_examples.py
SCRIPT_CALLS = 6  # the calls of one round of the script (clients.SCRIPT)

# The targets of the issue: (figure, numerator, denominator, comparison, bound).
TARGETS: tuple[tuple[str, str, str, str, str, float], ...] = (
    ("cold start wall", "cold_wall_ms", "facade", "pydo", "<=", 0.55),
    ("cold start wall", "cold_wall_ms", "facade", "httpx", "<=", 1.10),
    ("cold start peak RSS", "cold_rss_mb", "facade", "pydo", "<=", 0.6),
    ("warm client CPU per call", "warm_cpu_us", "facade", "pydo", "<=", 0.6),
    ("warm client CPU per call", "warm_cpu_us", "facade", "httpx", "<=", 0.85),
    ("async calls per second", "async_calls_per_s", "facade", "pydo", ">=", 2.0),
    ("script cold start wall", "script_cold_wall_ms", "facade", "pydo", "<=", 0.5),
    ("script cold start wall", "script_cold_wall_ms", "facade", "httpx", "<=", 1.25),
    ("script warm client CPU per call", "script_warm_cpu_us", "facade", "httpx", "<=", 0.9),
    ("touch-every-operation peak RSS", "touch_rss_mb", "facade", "pydo", "<=", 0.8),
)
# Above this share of one core during a timed window the server, not the client, may set the pace.
SERVER_BOUND_SHARE = 0.85


@dataclass(frozen=True)
class Plan:
    """How much of everything to do: above the issue's minimums by default (noise), far less with --quick."""

    cold_runs: int = 12
    import_runs: int = 3
    warm_rounds: int = 3
    warm_calls: int = 3000
    warm_warmup: int = 200
    async_rounds: int = 5
    async_calls: int = 2000
    async_concurrency: int = 50
    async_warmup: int = 100
    script_cold_runs: int = 24
    script_warm_rounds: int = 3
    script_rounds: int = 150
    script_warmup: int = 15
    touch_runs: int = 6


QUICK = Plan(
    cold_runs=3,
    import_runs=1,
    warm_rounds=1,
    warm_calls=300,
    warm_warmup=20,
    async_rounds=1,
    async_calls=200,
    script_cold_runs=3,
    script_warm_rounds=1,
    script_rounds=30,
    script_warmup=5,
    touch_runs=1,
)


@dataclass(frozen=True)
class Contender:
    """One client as the bench runs it: its label, the interpreter it runs in, its kind in clients.py."""

    label: str
    python: str
    kind: str


def turns(items: Sequence[T], round_number: int) -> list[T]:
    """`items` in the order of round `round_number`: rotated by one place per round (A B C, B C A, C A B)."""
    start = round_number % len(items) if items else 0
    return [*items[start:], *items[:start]]


def median(values: Iterable[float]) -> float | None:
    """The median of `values`, or None when there are none."""
    data = list(values)
    return statistics.median(data) if data else None


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator / denominator, or None when either is missing or the denominator is 0."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def verdict(value: float | None, comparison: str, bound: float) -> str:
    """PASS or MISS for `value` against the target, n/a when there is no value."""
    if value is None:
        return "n/a"
    met = value <= bound if comparison == "<=" else value >= bound
    return "PASS" if met else "MISS"


def importtime_modules(stderr: str) -> dict[str, float]:
    """{module: self µs} from the output of `python -X importtime` (failed attempts included)."""
    modules: dict[str, float] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        fields = line.split("|")
        name = fields[2].strip()  # a failed import (try: import h2) may be tried, and listed, twice
        modules[name] = modules.get(name, 0.0) + float(fields[0].split(":", 1)[1])
    return modules


def importtime_totals(stderr: str) -> tuple[float, int]:
    """(total self µs, modules) from the output of `python -X importtime`."""
    modules = importtime_modules(stderr)
    return sum(modules.values()), len(modules)


def imports_beyond(mine: dict[str, float], floor: dict[str, float]) -> list[tuple[str, float]]:
    """Self µs per top-level package of the modules in `mine` that `floor` does not import, largest first."""
    packages: dict[str, float] = {}
    for module, micros in mine.items():
        if module not in floor:
            package = module.split(".")[0]
            packages[package] = packages.get(package, 0.0) + micros
    return sorted(packages.items(), key=lambda item: -item[1])


class Runner:
    """Starts the server, runs the clients in child processes, collects the samples."""

    def __init__(self, work: Path, pycache: Path) -> None:
        self.work = work
        self.pycache = pycache
        self.server: subprocess.Popen[str] | None = None
        self.url = ""
        self.env: dict[str, str] = {}

    def start_server(self) -> None:
        """Make a CA and a server certificate for 127.0.0.1, start the server, build the clients' env."""
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        ca_path = self.work / "ca.pem"
        cert_path = self.work / "server.pem"
        key_path = self.work / "server.key"
        ca.cert_pem.write_to_path(str(ca_path))
        cert.private_key_pem.write_to_path(str(key_path))
        cert_path.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
        server_cmd = [sys.executable, str(SERVER), "--cert", str(cert_path), "--key", str(key_path)]
        self.server = subprocess.Popen(
            [*server_cmd, "--body", str(RESPONSE), "--examples", str(EXAMPLES)],
            stdout=subprocess.PIPE,
            text=True,
            env=self._clean_env(),
        )
        assert self.server.stdout is not None
        ready = self.server.stdout.readline().split()
        if len(ready) != 2 or ready[0] != "READY":
            raise RuntimeError(f"bench: the server did not start (said {ready!r})")
        self.url = f"https://127.0.0.1:{ready[1]}"
        self.env = self._clean_env()
        self.env.update(
            {
                "PYTHONPYCACHEPREFIX": str(self.pycache),
                "SSL_CERT_FILE": str(ca_path),
                "REQUESTS_CA_BUNDLE": str(ca_path),
                "CURL_CA_BUNDLE": str(ca_path),
                "BENCH_URL": self.url,
                "BENCH_SERVER_PID": str(self.server.pid),
                "NO_PROXY": "127.0.0.1,localhost",
                "no_proxy": "127.0.0.1,localhost",
            }
        )

    def server_counts(self) -> tuple[int, int]:
        """(requests answered, connections accepted) by the server so far."""
        assert self.server is not None
        assert self.server.stdout is not None
        self.server.send_signal(signal.SIGUSR1)
        line = self.server.stdout.readline().split()
        if len(line) != 3 or line[0] != "COUNTS":
            raise RuntimeError(f"bench: the server answered {line!r} to SIGUSR1")
        return int(line[1]), int(line[2])

    def stop_server(self) -> int | None:
        """Stop the server; return how many requests it answered."""
        if self.server is None:
            return None
        self.server.terminate()
        out, _ = self.server.communicate(timeout=10)
        self.server = None
        for line in out.splitlines():
            if line.startswith("SERVED "):
                return int(line.split()[1])
        return None

    @staticmethod
    def _clean_env() -> dict[str, str]:
        """The environment minus what would skew a child: bytecode off, extra CA dirs, proxies, profilers."""
        drop = {
            "PYTHONDONTWRITEBYTECODE",
            "PYTHONPATH",
            "PYTHONSTARTUP",
            "PYTHONPROFILEIMPORTTIME",
            "PYTHONTRACEMALLOC",
            "PYTHONASYNCIODEBUG",
            "PYTHONDEVMODE",
            "PYTHONWARNINGS",
            "SSL_CERT_DIR",
        }
        return {
            key: value for key, value in os.environ.items() if key not in drop and not key.lower().endswith("_proxy")
        }

    def timed(self, argv: Sequence[str]) -> tuple[float, float]:
        """Run argv to completion: (wall seconds from spawn to reaped, peak RSS MB of the child).

        The peak is the one the child reports of itself (see clients.py); wait4()'s ru_maxrss, which on
        Linux also counts this parent's high-water mark, is only the fallback where /proc is missing.
        """
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errors:
            start = time.perf_counter()
            child = subprocess.Popen(argv, env=self.env, stdout=out, stderr=errors)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.returncode != 0:
                errors.seek(0)
                raise RuntimeError(f"{' '.join(argv)} failed:\n{errors.read().decode(errors='replace')[-2000:]}")
            out.seek(0)
            reported = [line.split()[1] for line in out.read().decode().splitlines() if line.startswith("peak_rss_kb ")]
        return wall, (int(reported[-1]) if reported else usage.ru_maxrss) / 1024

    def output(self, argv: Sequence[str], *, stderr: bool = False) -> str:
        """Run argv; return its stdout (or its stderr), failing loudly on a non-zero exit."""
        done = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=240)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stderr[-2000:]}")
        return done.stderr if stderr else done.stdout

    def available(self, contender: Contender) -> bool:
        """Whether the contender's client imports in its interpreter (saying why not when it does not)."""
        done = subprocess.run(
            [contender.python, str(CLIENTS), "probe", contender.kind], env=self.env, capture_output=True, text=True
        )
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["?"])[-1]
            print(f"bench: {contender.label} does not import in {contender.python}: {last}", flush=True)
        return done.returncode == 0


def version_of(runner: Runner, python: str, package: str) -> str:
    """The installed version of `package` in the interpreter `python`, or '?'."""
    code = f"import importlib.metadata as m; print(m.version({package!r}))"
    try:
        return runner.output([python, "-c", code]).strip()
    except RuntimeError:
        return "?"


def counted(runner: Runner, argv: Sequence[str], requests: int) -> dict[str, Any]:
    """The JSON figures argv prints, plus the connections it opened and requests it made (server side).

    Fails unless the server answered exactly `requests`: every call the client counts reached it.
    """
    served, connections = runner.server_counts()
    figures: dict[str, Any] = json.loads(runner.output(argv))
    served_after, connections_after = runner.server_counts()
    figures["connections_opened"] = connections_after - connections
    figures["requests_answered"] = served_after - served
    if figures["requests_answered"] != requests:
        raise RuntimeError(f"{' '.join(argv)}: the server answered {figures['requests_answered']}, not {requests}")
    return figures


def measure(runner: Runner, plan: Plan, sync: list[Contender], aio: list[Contender]) -> dict[str, Any]:
    """Every measurement of the issue, interleaved; returns the raw samples."""
    samples: dict[str, Any] = {
        "cold": {},
        "baseline": {},
        "imports": {},
        "import_only": {},
        "import_modules": {},  # {client: {module: fastest self µs over the runs}}
        "warm": {},
        "async": {},
        "script_cold": {},
        "script_warm": {},
        "touch": {},
        "touch_operations": {},  # {client: operations touched}
    }
    pythons = sorted({c.python for c in sync})
    cold_argv = {c.label: [c.python, str(CLIENTS), "cold", c.kind] for c in sync}
    script_argv = {c.label: [c.python, str(CLIENTS), "script", c.kind] for c in sync}
    touch_argv = {c.label: [c.python, str(CLIENTS), "touch", c.kind] for c in sync if c.kind in ("pydo", "facade")}
    import_only = {
        "pydo": "from pydo import Client",
        "facade": "from pydo_facade import Client",
        "httpx": "import httpx",
    }

    # Fill the bytecode cache once so that no timed run compiles.
    for argv in [*cold_argv.values(), *([p, str(CLIENTS), "noop", "-"] for p in pythons)]:
        runner.timed(argv)
        runner.timed([argv[0], "-X", "importtime", *argv[1:]])
    for argv in script_argv.values():
        runner.timed(argv)
    for label, argv in touch_argv.items():
        touched = [line.split()[1] for line in runner.output(argv).splitlines() if line.startswith("operations ")]
        samples["touch_operations"][label] = int(touched[-1])

    # 1. Cold start: a fresh process imports, builds, restarts once, exits. Bare interpreters as baselines.
    print(f"bench: cold start x{plan.cold_runs} ...", flush=True)
    for round_number in range(plan.cold_runs):
        for python in pythons:
            wall, rss = runner.timed([python, str(CLIENTS), "noop", "-"])
            samples["baseline"].setdefault(python, []).append({"wall_ms": wall * 1e3, "rss_mb": rss})
        for label, argv in turns(list(cold_argv.items()), round_number):
            wall, rss = runner.timed(argv)
            samples["cold"].setdefault(label, []).append({"wall_ms": wall * 1e3, "rss_mb": rss})

    # 4. Imports: -X importtime over the same cold start, less the bare interpreter's own imports.
    print(f"bench: -X importtime x{plan.import_runs} ...", flush=True)
    for round_number in range(plan.import_runs):
        base = {
            p: importtime_totals(runner.output([p, "-X", "importtime", "-c", "pass"], stderr=True)) for p in pythons
        }
        for contender in turns(sync, round_number):
            argv = cold_argv[contender.label]
            per_module = importtime_modules(runner.output([argv[0], "-X", "importtime", *argv[1:]], stderr=True))
            total, modules = sum(per_module.values()), len(per_module)
            fastest = samples["import_modules"].setdefault(contender.label, {})
            for module, micros in per_module.items():
                fastest[module] = min(micros, fastest.get(module, micros))
            base_total, base_modules = base[contender.python]
            samples["imports"].setdefault(contender.label, []).append(
                {"ms": (total - base_total) / 1e3, "modules": modules - base_modules}
            )
            code = import_only.get(contender.kind, f"import {contender.kind}")
            total, modules = importtime_totals(runner.output([argv[0], "-X", "importtime", "-c", code], stderr=True))
            samples["import_only"].setdefault(contender.label, []).append(
                {"ms": (total - base_total) / 1e3, "modules": modules - base_modules}
            )

    # 2. Warm: one process, warm-up, then sequential restarts on a kept-alive connection.
    print(f"bench: warm {plan.warm_calls} calls x{plan.warm_rounds} ...", flush=True)
    for round_number in range(plan.warm_rounds):
        for contender in turns(sync, round_number):
            argv = [contender.python, str(CLIENTS), "warm", contender.kind, str(plan.warm_calls), str(plan.warm_warmup)]
            samples["warm"].setdefault(contender.label, []).append(
                counted(runner, argv, plan.warm_calls + plan.warm_warmup)
            )

    # 3. Async: `async_calls` restarts at `async_concurrency` in flight, after a warm-up burst.
    print(f"bench: async {plan.async_calls} calls at {plan.async_concurrency} x{plan.async_rounds} ...", flush=True)
    for round_number in range(plan.async_rounds):
        for contender in turns(aio, round_number):
            argv = [
                contender.python,
                str(CLIENTS),
                "async",
                contender.kind,
                str(plan.async_calls),
                str(plan.async_concurrency),
                str(plan.async_warmup),
            ]
            samples["async"].setdefault(contender.label, []).append(
                counted(runner, argv, plan.async_calls + plan.async_warmup)
            )

    # 5. Script cold start: a fresh process imports, builds, makes the script's six calls, exits. One
    # untimed round first: the first round after the async runs measured slower for every client.
    print(f"bench: script cold start x{plan.script_cold_runs} ...", flush=True)
    for argv in script_argv.values():
        runner.timed(argv)
    for round_number in range(plan.script_cold_runs):
        for label, argv in turns(list(script_argv.items()), round_number):
            wall, rss = runner.timed(argv)
            samples["script_cold"].setdefault(label, []).append({"wall_ms": wall * 1e3, "rss_mb": rss})

    # 6. Script warm: one process, warm-up rounds, then timed rounds of the six calls.
    print(f"bench: script warm {plan.script_rounds} rounds x{plan.script_warm_rounds} ...", flush=True)
    for round_number in range(plan.script_warm_rounds):
        for contender in turns(sync, round_number):
            argv = [
                contender.python,
                str(CLIENTS),
                "script-warm",
                contender.kind,
                str(plan.script_rounds),
                str(plan.script_warmup),
            ]
            requests = (plan.script_rounds + plan.script_warmup) * SCRIPT_CALLS
            samples["script_warm"].setdefault(contender.label, []).append(counted(runner, argv, requests))

    # 7. Touch every operation: a fresh process reaches each operation once and sends nothing.
    print(f"bench: touch every operation x{plan.touch_runs} ...", flush=True)
    for round_number in range(plan.touch_runs):
        for label, argv in turns(list(touch_argv.items()), round_number):
            wall, rss = runner.timed(argv)
            samples["touch"].setdefault(label, []).append({"wall_ms": wall * 1e3, "rss_mb": rss})
    return samples


def summarize(samples: dict[str, Any], sync: list[Contender], aio: list[Contender]) -> dict[str, dict[str, Any]]:
    """Medians per client: {label: {figure: value}}."""
    figures: dict[str, dict[str, Any]] = {}
    for contender in sync:
        label = contender.label
        cold = samples["cold"][label]
        imports = samples["imports"][label]
        only = samples["import_only"][label]
        warm = samples["warm"][label]
        base = samples["baseline"][contender.python]
        figures[label] = {
            "cold_wall_ms": median(s["wall_ms"] for s in cold),
            "cold_rss_mb": median(s["rss_mb"] for s in cold),
            "python_wall_ms": median(s["wall_ms"] for s in base),
            "python_rss_mb": median(s["rss_mb"] for s in base),
            "imports_ms": median(s["ms"] for s in imports),
            "imports_modules": median(s["modules"] for s in imports),
            "import_only_ms": median(s["ms"] for s in only),
            "import_only_modules": median(s["modules"] for s in only),
            "warm_cpu_us": median(s["client_cpu_us_per_call"] for s in warm),
            "warm_wall_us": median(s["wall_us_per_call"] for s in warm),
            "warm_server_share": max(s["server_cpu_share"] or 0.0 for s in warm),
            "warm_connections": median(s["connections_opened"] for s in warm),
            "script_cold_wall_ms": median(s["wall_ms"] for s in samples["script_cold"][label]),
            "script_cold_rss_mb": median(s["rss_mb"] for s in samples["script_cold"][label]),
            "script_warm_cpu_us": median(s["client_cpu_us_per_call"] for s in samples["script_warm"][label]),
            "script_warm_wall_us": median(s["wall_us_per_call"] for s in samples["script_warm"][label]),
            "script_warm_server_share": max(s["server_cpu_share"] or 0.0 for s in samples["script_warm"][label]),
            "script_warm_connections": median(s["connections_opened"] for s in samples["script_warm"][label]),
            "touch_rss_mb": median(s["rss_mb"] for s in samples["touch"].get(label, [])),
            "touch_wall_ms": median(s["wall_ms"] for s in samples["touch"].get(label, [])),
            "touch_operations": samples["touch_operations"].get(label),
        }
    for contender in aio:
        runs = samples["async"][contender.label]
        figures.setdefault(contender.label, {}).update(
            {
                "async_calls_per_s": median(s["calls_per_s"] for s in runs),
                "async_cpu_us": median(s["client_cpu_us_per_call"] for s in runs),
                "async_server_share": max(s["server_cpu_share"] or 0.0 for s in runs),
                "async_connections": median(s["connections_opened"] for s in runs),
            }
        )
    return figures


# Where each figure's per-round values are in the samples: (phase, field).
PER_ROUND: dict[str, tuple[str, str]] = {
    "cold_wall_ms": ("cold", "wall_ms"),
    "cold_rss_mb": ("cold", "rss_mb"),
    "imports_ms": ("imports", "ms"),
    "imports_modules": ("imports", "modules"),
    "import_only_ms": ("import_only", "ms"),
    "warm_cpu_us": ("warm", "client_cpu_us_per_call"),
    "warm_wall_us": ("warm", "wall_us_per_call"),
    "async_calls_per_s": ("async", "calls_per_s"),
    "async_cpu_us": ("async", "client_cpu_us_per_call"),
    "script_cold_wall_ms": ("script_cold", "wall_ms"),
    "script_cold_rss_mb": ("script_cold", "rss_mb"),
    "script_warm_cpu_us": ("script_warm", "client_cpu_us_per_call"),
    "script_warm_wall_us": ("script_warm", "wall_us_per_call"),
    "touch_rss_mb": ("touch", "rss_mb"),
    "touch_wall_ms": ("touch", "wall_ms"),
}


def paired_ratios(samples: dict[str, Any], numerator: str, denominator: str) -> dict[str, float | None]:
    """{figure: the median over rounds of numerator/denominator within each round}.

    The clients of one round ran back to back, so a per-round ratio cancels the load that drifts
    from round to round (other processes on a shared machine) better than a ratio of medians.
    """
    ratios: dict[str, float | None] = {}
    for key, (phase, field) in PER_ROUND.items():
        mine = samples[phase].get(numerator, [])
        theirs = samples[phase].get(denominator, [])
        ratios[key] = median(
            value
            for value in (ratio(a[field], b[field]) for a, b in zip(mine, theirs, strict=False))
            if value is not None
        )
    return ratios


def fmt(value: float | None, digits: int = 0) -> str:
    """A number for the table; n/a when missing."""
    return "n/a" if value is None else f"{value:,.{digits}f}"


def render(
    figures: dict[str, dict[str, Any]],
    ratios: dict[str, dict[str, float | None]],
    names: dict[str, str],
    facade_ok: bool,
) -> tuple[str, list[dict[str, Any]]]:
    """The table of medians and facade ratios, then the targets with PASS/MISS; also the targets as data.

    `ratios` is {denominator: {figure: facade/denominator}}, from paired_ratios.
    """
    missing = "n/a (not importable)"

    def cell(label: str, key: str, digits: int = 0) -> str:
        if label == "facade" and not facade_ok:
            return missing
        return fmt(figures.get(label, {}).get(key), digits)

    def rat(key: str, denominator: str) -> str:
        return fmt(ratios.get(denominator, {}).get(key), 2)

    rows: list[tuple[str, str, int]] = [
        ("cold start wall, ms", "cold_wall_ms", 0),
        ("cold start peak RSS, MB", "cold_rss_mb", 1),
        ("  bare interpreter wall, ms", "python_wall_ms", 0),
        ("  bare interpreter RSS, MB", "python_rss_mb", 1),
        ("imports in a cold start, ms (-X importtime)", "imports_ms", 1),
        ("  modules imported", "imports_modules", 0),
        ("`import` of the client alone, ms", "import_only_ms", 1),
        ("warm client CPU per call, µs", "warm_cpu_us", 0),
        ("warm wall per call, µs", "warm_wall_us", 0),
        ("  TLS connections per warm run", "warm_connections", 0),
        ("async calls per second (c=50)", "async_calls_per_s", 0),
        ("async client CPU per call, µs", "async_cpu_us", 0),
    ]
    header = ["figure", names["pydo"], names["facade"], names["httpx"], "facade/pydo", "facade/httpx"]
    same = ("python_wall_ms", "python_rss_mb", "warm_connections")  # no ratio: the same for every client
    body = [
        [
            title,
            *(cell(label, key, digits) for label in ("pydo", "facade", "httpx")),
            *(("", "") if key in same else (rat(key, "pydo"), rat(key, "httpx"))),
        ]
        for title, key, digits in rows
    ]
    lines = _table(header, body)
    script_rows: list[tuple[str, str, int]] = [
        ("script cold start wall (import, build, six calls, exit), ms", "script_cold_wall_ms", 0),
        ("script cold start peak RSS, MB", "script_cold_rss_mb", 1),
        ("script warm client CPU per call (six calls), µs", "script_warm_cpu_us", 0),
        ("script warm wall per call, µs", "script_warm_wall_us", 0),
        ("  TLS connections per script warm run", "script_warm_connections", 0),
        ("touch every operation: peak RSS, MB", "touch_rss_mb", 1),
        ("touch every operation: wall, ms", "touch_wall_ms", 0),
        ("  operations touched", "touch_operations", 0),
    ]
    same_script = ("script_warm_connections", "touch_operations")
    script_body = [
        [
            title,
            *(cell(label, key, digits) for label in ("pydo", "facade", "httpx")),
            *(("", "") if key in same_script else (rat(key, "pydo"), rat(key, "httpx"))),
        ]
        for title, key, digits in script_rows
    ]
    lines.append("")
    lines.extend(_table(["script (six calls¹) and every operation²", *header[1:]], script_body))
    lines.extend(SCRIPT_NOTES)
    async_body = [
        [
            names[label],
            *(cell(label, key) for key in ("async_calls_per_s", "async_cpu_us", "async_connections")),
            fmt(figures.get(label, {}).get("async_server_share", 0) * 100),
        ]
        for label in names
        if label in figures or label == "facade"
    ]
    lines.append("")
    lines.extend(
        _table(
            [
                "async: restarts at c=50, all clients",
                "calls/s",
                "client CPU µs/call",
                "TLS connections",
                "server CPU %",
            ],
            async_body,
        )
    )

    targets: list[dict[str, Any]] = []
    target_body = []
    for figure, key, numerator, denominator, comparison, bound in TARGETS:
        value = ratios.get(denominator, {}).get(key) if facade_ok and numerator == "facade" else None
        result = verdict(value, comparison, bound)
        targets.append(
            {
                "figure": figure,
                "ratio": f"{numerator}/{denominator}",
                "value": value,
                "target": f"{comparison} {bound}",
                "result": result,
            }
        )
        target_body.append([figure, f"{numerator}/{denominator}", fmt(value, 3), f"{comparison} {bound}", result])
    lines.append("")
    lines.extend(_table(["target", "ratio", "value", "bound", "result"], target_body))
    return "\n".join(lines), targets


SCRIPT_NOTES = (
    "¹ account.get, droplets.list(per_page=200, page=1), apps.get, volumes.delete (204), "
    "kubernetes.get_kubeconfig (YAML), droplets.create (202), each answer checked; raw httpx sends the same "
    "requests by hand. pydo's get_kubeconfig raises DecodeError on the YAML answer (pydo #264): its script "
    "catches exactly that failure and counts the call as made.",
    "² facade: every operation's request built without sending (client._caller.build over every Operation of "
    "every generated group); pydo: pydo.Client imported and built, every group and method attribute looked up "
    "(it cannot build a request without sending it); raw httpx has no operations (n/a).",
)


def _table(header: list[str], body: list[list[str]]) -> list[str]:
    """A Markdown table, columns padded to line up in a terminal."""
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0])] + [row[i].rjust(widths[i]) for i in range(1, len(row))]
        return "| " + " | ".join(cells) + " |"

    rule = "| " + " | ".join(["-" * widths[0]] + ["-" * (w - 1) + ":" for w in widths[1:]]) + " |"
    return [line(header), rule, *(line(row) for row in body)]


def server_note(figures: dict[str, dict[str, Any]], names: dict[str, str]) -> str:
    """Whether the server could have set the pace: its busiest share of one core during a timed window."""
    shares = [
        (figures[label].get(key) or 0.0, names[label], phase)
        for label in figures
        for key, phase in (
            ("warm_server_share", "warm"),
            ("async_server_share", "async"),
            ("script_warm_server_share", "script warm"),
        )
        if figures[label].get(key) is not None
    ]
    if not shares:
        return "server CPU: not measurable here (no /proc)"
    share, name, phase = max(shares)
    bound = "the server may have been the bottleneck there" if share > SERVER_BOUND_SHARE else "not the bottleneck"
    return f"server CPU: at most {share:.0%} of one core (during {phase}, {name}): {bound}"


def busy_cpu_seconds() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (all cores, /proc/stat), or None."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU seconds of this process and every child it has reaped (the clients, the server)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def contenders(
    runner: Runner, pydo_python: str, project: str
) -> tuple[list[Contender], list[Contender], dict[str, str], dict[str, str], bool]:
    """(sync clients, async clients, display names, versions, whether the facade imports)."""
    versions = {
        "pydo": version_of(runner, pydo_python, "pydo"),
        "facade": version_of(runner, project, "pydo-facade"),
        "httpx": version_of(runner, project, "httpx"),
        "httpx-aiohttp": version_of(runner, project, "httpx-aiohttp"),
        "aiohttp": version_of(runner, project, "aiohttp"),
    }
    names = {
        "pydo": f"pydo {versions['pydo']}",
        "facade": f"facade {versions['facade']}",
        "httpx": f"httpx {versions['httpx']}",
        "httpx-aiohttp": f"httpx over httpx-aiohttp {versions['httpx-aiohttp']}",
        "aiohttp": f"raw aiohttp {versions['aiohttp']}",
    }
    facade = Contender("facade", project, "facade")
    facade_ok = runner.available(facade)
    if not facade_ok:
        print("bench: the facade's column reads n/a", flush=True)
    pydo = Contender("pydo", pydo_python, "pydo")
    if not runner.available(pydo):
        raise SystemExit(f"bench: pydo does not import in {pydo_python}")
    sync = [pydo, *([facade] if facade_ok else []), Contender("httpx", project, "httpx")]
    extra = [Contender("httpx-aiohttp", project, "httpx-aiohttp"), Contender("aiohttp", project, "aiohttp")]
    return sync, [*sync, *extra], names, versions, facade_ok


def print_report(record: dict[str, Any], table: str, names: dict[str, str]) -> None:
    """The table, then whether the server or other processes could have skewed it."""
    machine = record["machine"]
    print()
    print(
        f"pydo-facade bench, {record['date']}: {machine['cores']} cores, Python {machine['python']}; "
        "pydo.aio trusts the CA via SSL_CERT_FILE (its best case)"
    )
    print("figures are medians over the rounds; facade/x is the median of the per-round ratios")
    print(table)
    print()
    beyond = record["facade_imports_beyond_httpx"]
    if beyond:
        listed = ", ".join(f"{package} {micros / 1e3:.1f} ms" for package, micros in beyond[:6])
        print(f"what the facade's cold start imports beyond raw httpx's (-X importtime, self, fastest run): {listed}")
    print(server_note(record["figures"], names) + f"; it answered {record['server_requests_answered']} requests")
    others = record["other_processes_cpu_s"]
    if others is not None:
        share = others / (record["elapsed_s"] * (machine["cores"] or 1))
        busy = "; the machine was busy: figures are noisier than usual" if share > 0.1 else ""
        print(f"other processes used {others:.1f} CPU s during the bench ({share:.0%} of the machine){busy}")
    quick = " (--quick: too few runs to quote)" if record["quick"] else ""
    print(f"bench: done in {record['elapsed_s']:.0f} s{quick}")


def wait_for_quiet(limit_s: float, share: float = 0.2, sample_s: float = 3.0) -> None:
    """Wait (up to limit_s) until other processes use less than `share` of the machine over sample_s."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        before = busy_cpu_seconds()
        time.sleep(sample_s)
        after = busy_cpu_seconds()
        if before is None or after is None:
            return
        busy = (after - before) / (sample_s * (os.cpu_count() or 1))
        if busy < share:
            return
        print(f"bench: other processes use {busy:.0%} of the machine; waiting for a quieter moment", flush=True)
    print("bench: the machine stayed busy; measuring anyway", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", required=True, help="the bench venv's interpreter (pydo, the facade, httpx)")
    parser.add_argument(
        "--facade-python", help="run the facade and httpx in this interpreter instead (e.g. the project venv's)"
    )
    parser.add_argument("--quick", action="store_true", help="a few runs of everything, to check the harness")
    parser.add_argument(
        "--wait-quiet", type=float, default=0, metavar="SECONDS", help="first wait up to this long for an idle machine"
    )
    parser.add_argument("--results", type=Path, default=BENCH / "results", help="where the JSON goes")
    args = parser.parse_args()
    plan = QUICK if args.quick else Plan()
    if args.wait_quiet > 0:
        wait_for_quiet(args.wait_quiet)
    started = time.perf_counter()
    busy_before = busy_cpu_seconds()
    own_before = own_cpu_seconds()
    args.results.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="bench-tls-") as work:
        runner = Runner(Path(work), args.results / "pycache")
        try:
            runner.start_server()
            sync, aio, names, versions, facade_ok = contenders(runner, args.python, args.facade_python or args.python)
            samples = measure(runner, plan, sync, aio)
        finally:
            served = runner.stop_server()

    figures = summarize(samples, sync, aio)
    ratios = {other: paired_ratios(samples, "facade", other) for other in ("pydo", "httpx")}
    table, targets = render(figures, ratios, names, facade_ok)
    elapsed = time.perf_counter() - started
    busy_after = busy_cpu_seconds()
    others = None
    if busy_before is not None and busy_after is not None:
        others = max(0.0, (busy_after - busy_before) - (own_cpu_seconds() - own_before))
    record = {
        "date": dt.date.today().isoformat(),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "versions": versions,
        "plan": plan.__dict__,
        "quick": args.quick,
        "facade_importable": facade_ok,
        "figures": figures,
        "facade_ratios": ratios,
        "targets": targets,
        "samples": samples,
        "server_requests_answered": served,
        "elapsed_s": elapsed,
        "other_processes_cpu_s": others,
        "facade_imports_beyond_httpx": imports_beyond(
            samples["import_modules"].get("facade", {}), samples["import_modules"].get("httpx", {})
        ),
    }
    print_report(record, table, names)
    out = args.results / f"bench-{dt.datetime.now().strftime('%Y%m%dT%H%M%S')}.json"
    out.write_text(json.dumps(record, indent=2) + "\n")
    (args.results / "latest.json").write_text(json.dumps(record, indent=2) + "\n")
    print(f"bench: raw numbers in {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")


if __name__ == "__main__":
    main()
