"""Spec-history drill: replay real upstream spec updates, oldest first, into one output folder.

The bundles in ../shared/openapi/history (beside the checkout) are earlier versions of the pinned spec;
the replay ends at the pin. At every step generation runs as `make generate` does, and:
  - it succeeds, except that the step removing 7 operations is refused without --allow-breaking
    (naming each removal, leaving the output folder as it was) and then accepted with it;
  - the surface diff adds and removes exactly the pydo names the two bundles' operationIds add and
    remove, and every changed signature belongs to an operation whose parameters, body or answers changed;
  - the facade, unchanged, builds on that step's output: both clients, every group, real calls to a
    loopback server (one of them to an operation that exists only from that step on).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT.parent / "shared" / "openapi" / "history"
PIN = ROOT / "openapi" / "DigitalOcean-public.v2.yaml"
GENERATE = ROOT / "openapi" / "generate.py"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys that describe a parameter or schema without shaping the method's signature.
PROSE = frozenset({"description", "summary", "title", "example", "examples", "x-codeSamples"})


@dataclass(frozen=True)
class Step:
    name: str
    operations: int
    """Path x method entries with an operationId (history/README.md's count)."""
    sha256: str = ""
    removes: int = 0
    """Operations the step removes: generation must be refused without --allow-breaking."""

    @property
    def spec(self) -> Path:
        return PIN if self.name == "pin" else HISTORY / f"DigitalOcean-public.v2.{self.name}.yaml"


STEPS = [
    Step("6628d2ff", 542, "dcad126b9916bb3c48b1e10f4e501fdbc8820e7186004a6a02c6b36046840bbe"),
    Step("b236aea0", 628, "53b72c9839617eda497db909ba772b0dc28fd4eedf5b128e8d64262b1164ad7f"),
    Step("52d8d9cd", 666, "a2d014b6ed8f1cad4af5968c04d0ea42e703e633184ee90b450372fe1b368246"),
    Step("87e82da6", 659, "44178f0d7dde8613e6b5983769a45efeef02a41a7c8543a3f3082936073b161c", removes=7),
    Step("pin", 659),  # schema changes only: no operation added or removed
]


def _load_surface() -> ModuleType:
    """openapi/surface.py, loaded from its path (openapi/ is no package)."""
    found = importlib.util.spec_from_file_location("drill_history_surface", ROOT / "openapi" / "surface.py")
    assert found is not None
    assert found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[found.name] = module  # its dataclasses look the module up while they are made
    found.loader.exec_module(module)
    return module


surface = _load_surface()


@cache
def _bundle(step: Step) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(
        step.spec.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    return loaded


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """pydo name ("group.method") -> (path, method) of every path x method entry with an operationId."""
    found: dict[str, tuple[str, str]] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "operationId" in operation:
                name = ".".join(surface.pydo_name(str(operation["operationId"])))
                assert name not in found, f"two operations are named {name}"
                found[name] = (path, method)
    return found


def _resolved(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """node with every $ref replaced by its target and prose left out (deep enough for parameter schemas)."""
    if depth > 12:
        return "..."
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            target: Any = spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return _resolved(spec, target, depth + 1)
        return {k: _resolved(spec, v, depth + 1) for k, v in node.items() if k not in PROSE}
    if isinstance(node, list):
        return [_resolved(spec, v, depth + 1) for v in node]
    return node


def _signature_inputs(spec: dict[str, Any], path: str, method: str) -> str:
    """What a method's signature is made of: its parameters, its body's presence and media types, its answers."""
    item = spec["paths"][path]
    operation = item[method]
    body = _resolved(spec, operation.get("requestBody"))
    answers = {
        str(status): sorted((_resolved(spec, answer) or {}).get("content") or {})
        for status, answer in (operation.get("responses") or {}).items()
        if str(status).startswith("2")
    }
    inputs = {
        "parameters": _resolved(spec, [*item.get("parameters", []), *operation.get("parameters", [])]),
        "body": body and {"required": body.get("required"), "media": list(body.get("content") or {})},
        "answers": answers,
    }
    return json.dumps(inputs, sort_keys=True, default=str)


def _tree(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file (and "dir" for every folder) under folder."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(folder.rglob("*"))
    }


def _generate(
    spec: Path, out: Path, report: Path, surface_diff: Path, *, allow_breaking: bool
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "ALLOW_BREAKING"}  # the caller's choice must not leak in
    flags = ["--allow-breaking"] if allow_breaking else []
    return subprocess.run(
        [sys.executable, str(GENERATE), "generate", "--spec", str(spec), "--out", str(out),
         "--report", str(report), "--surface-diff", str(surface_diff), *flags],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )  # fmt: skip


@dataclass
class Diff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    """The `~` lines, without the marker."""


def _read_diff(path: Path) -> Diff:
    diff = Diff()
    for line in path.read_text(encoding="utf-8").splitlines():
        marker, _, rest = line.partition(" ")
        {"+": diff.added, "-": diff.removed, "~": diff.changed}[marker].append(rest)
    return diff


def _callable_operation(surface_json: dict[str, Any], names: list[str]) -> str | None:
    """The first of names that can be called with made-up path values alone: a GET answering JSON, no body,
    every keyword optional."""
    for name in names:
        entry = surface_json[name]
        method, path = entry["http"].split(" ", 1)
        positional = [p for p in entry["parameters"] if p[1] == "positional"]
        keywords = [p for p in entry["parameters"] if p[1] == "keyword"]
        if (
            method == "GET"
            and entry["signature"].endswith("-> dict[str, Any]")
            and len(positional) == path.count("{")
            and all(default is not None for _, _, default in keywords)
        ):
            return name
    return None


# Run with the step's output folder first on PYTHONPATH: the facade, unchanged, on that step's pydo_generated.
FACADE_CHECK = r'''
import asyncio
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

plan = json.loads(sys.argv[1])
seen = []


class Answer(BaseHTTPRequestHandler):
    """Answers every request with JSON naming the method and path it received."""

    def _answer(self):
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        body = json.dumps({"drill": {"method": self.command, "path": self.path}}).encode()
        seen.append(self.path)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"
options = {"endpoint": base, "inference_endpoint": base, "agent_endpoint": base, "retry_total": 0, "timeout": 30}

import pydo_generated
import pydo_generated.groups as groups
from pydo_facade import AsyncClient, Client

with open(plan["surface"], encoding="utf-8") as f:
    names = sorted(json.load(f))
result = {"pydo_generated": pydo_generated.__file__, "groups": sorted(groups.GROUPS)}


def missing_methods(client):
    """The surface's methods that the client's groups do not have (touching every group on the way)."""
    touched = {name: getattr(client, name) for name in groups.GROUPS}
    return [n for n in names if not callable(getattr(touched.get(n.split(".")[0]), n.split(".")[1], None))]


with Client("drill-token", **options) as client:
    result["sync_missing"] = missing_methods(client)
    result["still_there"] = [
        n for n in plan["removed"] if hasattr(getattr(client, n.split(".")[0], None), n.split(".")[1])
    ]
    result["get_deployment"] = client.apps.get_deployment("a1", "d1")
    result["get_deployment_path"] = seen[-1]
    if plan["new"]:
        group, method = plan["new"].split(".")
        result["new"] = getattr(getattr(client, group), method)(*plan["new_arguments"])
        result["new_path"] = seen[-1]


async def run_async():
    async with AsyncClient("drill-token", **options) as client:
        result["async_missing"] = missing_methods(client)
        result["async_get_deployment"] = await client.apps.get_deployment("a2", "d2")
        result["async_get_deployment_path"] = seen[-1]


asyncio.run(run_async())
server.shutdown()
print(json.dumps(result))
'''


def _check_facade(
    step: Step, out: Path, work: Path, surface_json: dict[str, Any], *, added: list[str], removed: list[str]
) -> str:
    """Build the facade on out's pydo_generated in a child process and call through it; return what was called."""
    new = _callable_operation(surface_json, added)
    assert new or not added, f"{step.name}: none of the {len(added)} added operations can be called without a body"
    arguments = [f"drill{i}" for i in range(surface_json[new]["http"].count("{"))] if new else []
    plan = {"surface": str(out / "surface.json"), "removed": removed, "new": new, "new_arguments": arguments}
    script = work / "facade_check.py"
    script.write_text(FACADE_CHECK, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(out), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "PYTHONDONTWRITEBYTECODE": "1",  # the output folder stays exactly what generation wrote
    }
    done = subprocess.run(
        [sys.executable, str(script), json.dumps(plan)],
        capture_output=True, text=True, cwd=work, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, f"{step.name}: the facade does not build:\n{done.stderr[-4000:]}"
    result = json.loads(done.stdout.splitlines()[-1])

    assert Path(result["pydo_generated"]).is_relative_to(out / "pydo_generated"), result["pydo_generated"]
    assert result["groups"] == sorted({name.split(".")[0] for name in surface_json})
    assert result["sync_missing"] == [], f"{step.name}: Client lacks {result['sync_missing'][:10]}"
    assert result["async_missing"] == [], f"{step.name}: AsyncClient lacks {result['async_missing'][:10]}"
    assert result["still_there"] == [], f"{step.name}: removed operations still on the client"
    for prefix, ids in (("", "a1/deployments/d1"), ("async_", "a2/deployments/d2")):
        path = result[f"{prefix}get_deployment_path"]
        assert path == f"/v2/apps/{ids}"
        assert result[f"{prefix}get_deployment"] == {"drill": {"method": "GET", "path": path}}
    if new:
        template = surface_json[new]["http"].split(" ", 1)[1]
        values = iter(arguments)
        expected = re.sub(r"{[^}]+}", lambda _: next(values), template)
        assert result["new_path"].split("?")[0] == expected, (new, result["new_path"])
        assert result["new"] == {"drill": {"method": "GET", "path": result["new_path"]}}
    return new or "-"


class Replay:
    """The steps of the history, run in order into one output folder, each once; a failed step stops the rest."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.out = work / "generated"
        self.report = work / "generation-report.txt"
        self.done: dict[int, str] = {}
        self.failed: tuple[str, BaseException] | None = None

    def reach(self, index: int) -> str:
        """Run every step up to index that has not run yet; the summary line of step index."""
        for i in range(index + 1):
            if self.failed:
                pytest.fail(f"the replay stopped at step {self.failed[0]}: {self.failed[1]}")
            if i not in self.done:
                try:
                    self.done[i] = self._run(i)
                except BaseException as failure:
                    self.failed = (STEPS[i].name, failure)
                    raise
        return self.done[index]

    def _run(self, index: int) -> str:
        step = STEPS[index]
        new_ops = _operations(_bundle(step))
        old_ops = _operations(_bundle(STEPS[index - 1])) if index else {}
        added, removed = sorted(set(new_ops) - set(old_ops)), sorted(set(old_ops) - set(new_ops))
        assert len(new_ops) == step.operations, f"{step.name}: {len(new_ops)} operations, README says {step.operations}"
        assert len(removed) == step.removes, f"{step.name}: removes {removed}"
        diff_file = self.work / f"surface-diff.{step.name}.txt"
        timings: list[str] = []

        if step.removes:
            before, report_before = _tree(self.out), _digest(self.report)
            refused_diff = self.work / f"surface-diff.{step.name}.refused.txt"
            started = time.monotonic()
            refused = _generate(step.spec, self.out, self.report, refused_diff, allow_breaking=False)
            timings.append(f"refused in {time.monotonic() - started:.0f} s")
            assert refused.returncode == 1, f"{step.name}: not refused without --allow-breaking:\n{refused.stderr}"
            assert "Traceback" not in refused.stderr
            assert f"would break code that calls the client ({len(removed)} change(s))" in refused.stderr
            listed = [line.strip() for line in refused.stderr.splitlines() if line.startswith("  ")]
            assert listed == [f"{name} removed" for name in removed], refused.stderr
            assert _tree(self.out) == before, f"{step.name}: the refused generation changed the output folder"
            assert _digest(self.report) == report_before, f"{step.name}: the refused generation wrote the report"
            refused_changes = _read_diff(refused_diff)
            assert (refused_changes.added, refused_changes.removed) == ([], removed)

        started = time.monotonic()
        done = _generate(step.spec, self.out, self.report, diff_file, allow_breaking=bool(step.removes))
        timings.append(f"generated in {time.monotonic() - started:.0f} s")
        assert done.returncode == 0, f"{step.name}: generation failed:\n{done.stderr[-4000:]}"

        changes = _read_diff(diff_file)
        assert changes.added == added, f"{step.name}: added {sorted(set(changes.added) ^ set(added))[:20]}"
        assert changes.removed == removed, f"{step.name}: removed {sorted(set(changes.removed) ^ set(removed))}"
        old_bundle = _bundle(STEPS[index - 1]) if index else None
        unexplained = []
        for line in changes.changed:
            name = line.split(":", 1)[0]
            assert name in old_ops, f"{step.name}: a changed method that did not exist before: {line}"
            assert old_bundle is not None
            if _signature_inputs(old_bundle, *old_ops[name]) == _signature_inputs(_bundle(step), *new_ops[name]):
                unexplained.append(line)
        assert not unexplained, (
            f"{step.name}: signatures changed although the operations' parameters, bodies and answers did not "
            "(a change of the generator's code, not of the spec?):\n  " + "\n  ".join(unexplained)
        )
        if step.name == "pin":
            assert not changes.added
            assert not changes.removed

        surface_json = json.loads((self.out / "surface.json").read_text(encoding="utf-8"))
        assert sorted(surface_json) == sorted(new_ops)
        called = _check_facade(step, self.out, self.work, surface_json, added=added, removed=removed)
        summary = (
            f"{step.name}: +{len(changes.added)} -{len(changes.removed)} ~{len(changes.changed)} "
            f"(upstream +{len(added)} -{len(removed)}); {', '.join(timings)}; called {called}"
        )
        for line in changes.changed:
            summary += f"\n  ~ {line}"
        return summary


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


@pytest.fixture(scope="module")
def replay(tmp_path_factory: pytest.TempPathFactory) -> Replay:
    if not HISTORY.is_dir():
        pytest.skip(f"no spec history at {HISTORY} (the shared folder beside the checkout)")
    if not PIN.exists():
        pytest.skip("openapi/DigitalOcean-public.v2.yaml is missing: run `make spec`")
    for step in STEPS[:-1]:
        assert step.spec.exists(), f"the history folder lacks {step.spec.name}"
        assert _digest(step.spec) == step.sha256, f"{step.spec.name} is not the bundle history/README.md describes"
    return Replay(tmp_path_factory.mktemp("spec-history"))


@pytest.mark.timeout(1800)  # a step run alone first replays the steps before it
@pytest.mark.parametrize("index", range(len(STEPS)), ids=[step.name for step in STEPS])
def test_history_step_generates_with_the_upstream_surface_diff_and_the_facade_builds(
    replay: Replay, index: int
) -> None:
    print("\n" + replay.reach(index))
