"""`make demo` (python -m pydo_facade.demo): the fake, the real CLI, and an ACTIVE deployment at the end."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pydo_facade.demo import DEMO_PHASES, demo_command

ROOT = Path(__file__).resolve().parents[1]
DEV_TOOLS = {"mypy", "ruff", "pytest", "pydo", "schemathesis", "openapi-python-client", "build", "twine"}
"""What requirements-dev.txt brings and the demo's venv must not: it installs the package and two extras only."""


def demo_environment() -> dict[str, str]:
    """The caller's environment without a token (the demo sets the fake's), forced colour or an outer make's flags."""
    return {
        name: value
        for name, value in os.environ.items()
        if name not in ("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN", "FORCE_COLOR", "MAKEFLAGS", "MAKELEVEL")
    }


def assert_the_demo_ended_active(stdout: str, stderr: str) -> None:
    assert "Traceback" not in stderr
    assert re.search(r"^phase +ACTIVE$", stdout, re.MULTILINE)
    assert re.search(r"^deployment \S+: ACTIVE \(6/6 steps\)", stderr, re.MULTILINE)
    assert f"{len(DEMO_PHASES) - 1} x GET" in stdout  # one poll per scripted phase after the restart's
    assert "done" in stdout.splitlines()[-3]


def test_demo_exits_0_and_ends_active() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pydo_facade.demo"], env=demo_environment(), capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert_the_demo_ended_active(result.stdout, result.stderr)


def test_demo_runs_the_documented_command() -> None:
    arguments = demo_command("6a9f2c1e", "http://127.0.0.1:8000")

    assert arguments[:3] == ["apps", "restart", "6a9f2c1e"]
    assert "--wait" in arguments
    assert arguments[arguments.index("--endpoint") + 1] == "http://127.0.0.1:8000"


def make_demo(venv_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "demo", f"DEMO_VENV={venv_dir}"],
        env=demo_environment(),
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.mark.slow
def test_make_demo_installs_a_light_venv_once_then_runs_the_demo(tmp_path: Path) -> None:
    venv_dir = tmp_path / "venv-demo"

    first = make_demo(venv_dir)

    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout.splitlines()[0] == (
        f"demo: installing pydo-facade with its cli and testing extras (rich; jsonschema, trustme) into {venv_dir} "
        "(first run only) ..."
    )
    assert_the_demo_ended_active(first.stdout, first.stderr)
    listing = subprocess.run(
        [
            str(venv_dir / "bin" / "python"),
            "-c",
            "import importlib.metadata as m; print(*(d.name for d in m.distributions()))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    installed = {name.lower().replace("_", "-") for name in listing.stdout.split()}
    assert {"pydo-facade", "rich", "jsonschema", "trustme"} <= installed
    assert not installed & DEV_TOOLS

    again = make_demo(venv_dir)  # the stamp holds: nothing is installed twice

    assert again.returncode == 0, again.stdout + again.stderr
    assert "demo: installing" not in again.stdout
    assert_the_demo_ended_active(again.stdout, again.stderr)
