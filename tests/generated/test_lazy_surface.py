"""The surface imports lazily: a group's module when the group is first touched, an endpoint module at its first call.

Each probe runs in a fresh interpreter, so that nothing another test imported is counted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from fault_server import FaultServer

ROOT = Path(__file__).resolve().parents[2]

LOADED = """
import json, sys
def loaded():
    return sorted(name for name in sys.modules if name.startswith("pydo_generated"))
"""

CLIENT_ONLY = (
    LOADED
    + """
import pydo_facade
from pydo_facade import Client
client = Client(token="x")
print(json.dumps(loaded()))
"""
)

ONE_GROUP = (
    LOADED
    + """
from pydo_facade import Client
client = Client(token="x")
before = set(loaded())
client.droplets
print(json.dumps(sorted(set(loaded()) - before)))
"""
)

ONE_CALL = (
    LOADED
    + """
from pydo_facade import Client
client = Client(token="x", endpoint=sys.argv[1], retry_total=0)
client.droplets
before = set(loaded())
client.droplets.get(3164444)
new = sorted(set(loaded()) - before)
endpoints = [name for name in new if sys.modules[name].__spec__.submodule_search_locations is None
             and name.startswith("pydo_generated.api.")]
print(json.dumps({"new": new, "endpoints": endpoints}))
"""
)

EVERY_OPERATION = """
import importlib, resource, sys
from pydo_facade import Client
from pydo_generated.groups import GROUPS

client = Client(token="x", agent_endpoint="https://agent.example")
built = 0
for module in GROUPS.values():
    for operation in importlib.import_module(f"pydo_generated.groups.{module}").OPERATIONS.values():
        arguments = {name: 7 if integer else "x" for name, integer in operation.path_parameters}
        arguments |= {name: "x" for name in operation.required}
        if operation.body is not None:
            arguments[operation.body] = {} if operation.body_required else None
        client._caller.build(operation, arguments, {})
        built += 1
print(built, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

PYDO = """
import resource
import pydo
pydo.Client(token="x")
print(0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run([sys.executable, '-c', sys.argv[1]]).returncode)"
"""Runs a probe as its own child: Linux keeps a process's peak RSS across exec, so a probe started straight
from this (large) test process would report this process's peak; one started from a small launcher does not."""


def _run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _peak_rss(code: str) -> tuple[int, int]:
    """(the probe's first number, its peak RSS in ru_maxrss units), measured in a fresh interpreter."""
    first, peak = map(int, _run(LAUNCHER, code).split())
    return first, peak


def test_a_new_client_imports_no_group_and_no_endpoint_module() -> None:
    loaded = json.loads(_run(CLIENT_ONLY))
    assert loaded == ["pydo_generated", "pydo_generated.groups"]


def test_touching_a_group_imports_only_its_module() -> None:
    assert json.loads(_run(ONE_GROUP)) == ["pydo_generated.groups._base", "pydo_generated.groups.droplets"]


def test_one_call_imports_exactly_its_endpoint_module(server: FaultServer) -> None:
    seen = json.loads(_run(ONE_CALL, server.url))
    assert seen["endpoints"] == ["pydo_generated.api.droplets.droplets_get"]
    assert not [name for name in seen["new"] if name.startswith(("pydo_generated.models", "pydo_generated.groups"))]
    assert server.seen[0].path == "/v2/droplets/3164444"


def test_every_operation_built_once_stays_below_pydos_own_peak_memory() -> None:
    built, facade = _peak_rss(EVERY_OPERATION)
    _, pydo = _peak_rss(PYDO)
    print(f"peak RSS: facade with all {built} operations built {facade}, `import pydo; pydo.Client()` {pydo}")
    assert built == 659
    assert facade <= 0.8 * pydo, f"facade {facade} > 0.8 x pydo {pydo} (ru_maxrss units)"
